-- Level "vrai-ou-ia" of the stand pack (passers-by at an event stand, a two-minute round).
-- Plain data only; generated or real: a picture's clues (which fade as generators improve),
-- the check that lasts (where the picture comes from), a cloned voice, a flawless message, a
-- celebrity video. Six short questions for a touch screen.
-- Picture vrai-ou-ia-marche.svg / .png: drawn for Vigie, CC BY-SA 4.0 (an invented street,
-- shop and person). Sources: /work/factcheck/stand/vrai-ou-ia.sources.md.
return {
  id = "vrai-ou-ia",
  title = { fr = "Vrai ou IA ?", en = "Real or AI?" },
  description = {
    fr = "Photos, voix, messages : repère ce que l’IA fabrique, et surtout comment vérifier.",
    en = "Pictures, voices, messages: spot what AI makes up, and above all how to check.",
  },
  audience = { "stand" },
  questions = {
    {
      id = "market-photo",
      kind = "hotspot",
      prompt = {
        fr = "Cette photo circule. Touche les indices qu’elle a pu être générée par une IA, puis valide.",
        en = "This photo is going round. Tap the clues that it may be AI-generated, then submit.",
      },
      image = "vrai-ou-ia-marche.png",
      spots = {
        { x = 0.255, y = 0.05, w = 0.51, h = 0.14,
          label = { fr = "L’enseigne", en = "The shop sign" },
          clue = { fr = "Lettres à l’envers, mot qui ne veut rien dire.", en = "Letters back to front, a meaningless word." } },
        { x = 0.585, y = 0.66, w = 0.135, h = 0.17,
          label = { fr = "La main sur le gobelet", en = "The hand on the cup" },
          clue = { fr = "Six doigts autour du gobelet, plus le pouce.", en = "Six fingers round the cup, plus a thumb." } },
        { x = 0.78, y = 0.04, w = 0.2, h = 0.86,
          label = { fr = "Le lampadaire et le mur", en = "The lamp post and the wall" },
          clue = { fr = "Un lampadaire qui fond, un mur qui ondule.", en = "A lamp post melting, a wall that ripples." } },
        { x = 0.02, y = 0.03, w = 0.19, h = 0.16,
          label = { fr = "Les nuages", en = "The clouds" } },
        { x = 0.02, y = 0.75, w = 0.24, h = 0.23,
          label = { fr = "Le vélo", en = "The bike" } },
        { x = 0.43, y = 0.32, w = 0.14, h = 0.18,
          label = { fr = "Le sourire", en = "The smile" } },
      },
      explain = {
        fr = "Texte illisible, doigts en trop, décor qui se déforme : des indices… qui disparaissent à mesure que les IA progressent. Demande-toi surtout d’où vient l’image.",
        en = "Garbled text, extra fingers, a background that warps: clues… that fade as AI improves. Above all, ask where the picture comes from.",
      },
      source = "HabiloMédias, « Repérer les hypertrucages » : https://habilomedias.ca/ressources-pedagogiques/reperer-les-hypertrucages",
      time = 25,
    },
    {
      id = "no-clue",
      kind = "truefalse",
      prompt = {
        fr = "Une photo sans doigts en trop ni texte bizarre est forcément authentique.",
        en = "A photo with no extra fingers and no odd text must be genuine.",
      },
      correct = false,
      explain = {
        fr = "Faux : les trucages sont de plus en plus difficiles à distinguer du vrai. L’absence de défaut ne prouve rien : vérifie plutôt d’où vient l’image.",
        en = "False: fakes are ever harder to tell from the real thing. Having no flaws proves nothing: check where the picture comes from instead.",
      },
      source = "CNIL, « Hypertrucage (deepfake) : comment se protéger et signaler les contenus illicites ? » : https://www.cnil.fr/fr/hypertrucage-deepfake",
      time = 15,
    },
    {
      id = "check-source",
      kind = "choice",
      prompt = {
        fr = "Une photo choc circule, sans source. Que fais-tu d’abord pour la vérifier ?",
        en = "A shocking photo is going round, with no source. What do you do first to check it?",
      },
      choices = {
        { fr = "Faire une recherche d’image inversée", en = "Run a reverse image search" },
        { fr = "Zoomer jusqu’à trouver un défaut", en = "Zoom in until you find a flaw" },
        { fr = "Regarder combien de fois elle est partagée", en = "See how many times it has been shared" },
        { fr = "Demander en commentaire si c’est vrai", en = "Ask in the comments whether it is true" },
      },
      correct = 1,
      explain = {
        fr = "Une recherche d’image inversée (tu donnes la photo à un moteur de recherche) montre où elle a déjà paru. Sur aucun média fiable ? Méfie-toi, ne la partage pas.",
        en = "A reverse image search (you give the photo to a search engine) shows where it has appeared before. On no reliable outlet? Be wary, do not share it.",
      },
      source = "HabiloMédias, « Repérer les hypertrucages » : https://habilomedias.ca/ressources-pedagogiques/reperer-les-hypertrucages",
      time = 20,
    },
    {
      id = "cloned-voice",
      kind = "choice",
      prompt = {
        fr = "Un proche t’appelle, paniqué : il lui faut 2 000 € tout de suite. On dirait vraiment sa voix. Que fais-tu ?",
        en = "Someone close calls you in a panic: they need €2,000 right now. It sounds just like them. What do you do?",
      },
      choices = {
        { fr = "Je raccroche et je le rappelle sur son numéro habituel", en = "Hang up and call them back on their usual number" },
        { fr = "Je paie vite : c’est sa voix", en = "Pay fast: it is their voice" },
        { fr = "Je vérifie le numéro affiché : c’est le sien", en = "Check the number shown: it is theirs" },
        { fr = "J’envoie la moitié pour commencer", en = "Send half to start with" },
      },
      correct = 1,
      explain = {
        fr = "Une voix peut être imitée à partir d’enregistrements pris en ligne, et un numéro affiché peut être faux. Raccroche, puis rappelle sur le numéro que tu connais.",
        en = "A voice can be imitated from recordings taken online, and a number shown can be faked. Hang up, then call back on the number you know.",
      },
      source = "Ma Sécurité, « Arnaques utilisant l’intelligence artificielle (IA) » : https://www.masecurite.interieur.gouv.fr/fr/fiches-pratiques/numerique/arnaques-utilisant-intelligence-artificielle-ia",
      time = 20,
    },
    {
      id = "perfect-text",
      kind = "truefalse",
      prompt = {
        fr = "Un SMS de « ta banque », poli et sans aucune faute : c’est la preuve qu’il vient bien d’elle.",
        en = "A text from “your bank”, polite and without a single mistake: that proves it really is from the bank.",
      },
      correct = false,
      explain = {
        fr = "Faux : des escrocs font écrire par l’IA des messages qui semblent venir d’une banque. Un texte soigné ne prouve rien : ne clique pas, ouvre toi-même l’appli de ta banque.",
        en = "False: scammers use AI to write messages that seem to come from a bank. Neat writing proves nothing: do not click, open your bank’s app yourself.",
      },
      source = "Ma Sécurité, « Arnaques utilisant l’intelligence artificielle (IA) » : https://www.masecurite.interieur.gouv.fr/fr/fiches-pratiques/numerique/arnaques-utilisant-intelligence-artificielle-ia",
      time = 15,
    },
    {
      id = "celebrity-video",
      kind = "truefalse",
      prompt = {
        fr = "Une vidéo montre une star qui conseille un placement « garanti ». On la voit et on l’entend : c’est la preuve qu’elle l’a dit.",
        en = "A video shows a star advising a “guaranteed” investment. You see and hear her: that proves she said it.",
      },
      correct = false,
      explain = {
        fr = "Faux : l’IA peut faire dire à un visage et à une voix ce qu’ils n’ont jamais dit. Une promesse de gros gains en vidéo : n’investis pas, vérifie sur ses comptes officiels.",
        en = "False: AI can make a face and a voice say what they never said. Big gains promised in a video: do not invest, check her official accounts.",
      },
      source = "Ma Sécurité, « Arnaques utilisant l’intelligence artificielle (IA) » : https://www.masecurite.interieur.gouv.fr/fr/fiches-pratiques/numerique/arnaques-utilisant-intelligence-artificielle-ia",
      time = 15,
    },
  },
}
