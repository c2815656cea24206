-- Level "vrai-ou-genere" of the lycee pack (high-school students, a 10–15 minute class round).
-- Real or generated: the flaws a generated picture may carry, and that they fade as the tools
-- improve (so check the source instead); a viral post and a "news" page to question; reverse
-- image search (what it is and how: give the picture, or its page's address, to Google Images /
-- Google Lens, TinEye or Bing) and the oldest publication; the steps to check a viral picture;
-- what checks and what proves nothing; voice clones in "it's me, I need money" calls (hang up and
-- call back on the usual number); the EU AI Act's labels, and why no label proves nothing.
-- Hands-on: clues on a drawn picture, on a social-network post and on a web page, steps in
-- order, cards to sort.
-- Picture vrai-ou-genere-lycee.svg / .png: drawn for Vigie, CC BY-SA 4.0 (an invented school
-- and an invented person). Accounts, sites (.example) and people are invented.
-- Sources, with the sentences that back each claim: /work/factcheck/i16/vrai-ou-genere.sources.md.
-- Licence: CC BY-SA 4.0.
return {
  id = "vrai-ou-genere",
  title = { fr = "Vrai ou généré ?", en = "Real or generated?" },
  description = {
    fr = "Photos, vidéos, voix : repère ce qu’une IA peut fabriquer, et surtout vérifie d’où ça vient avant de partager.",
    en = "Pictures, videos, voices: spot what an AI can make up, and above all check where it comes from before you share.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "mains",
      kind = "truefalse",
      prompt = {
        fr = "Les IA ratent toujours les mains : compter les doigts suffit pour savoir si une photo est générée.",
        en = "AI always gets hands wrong: counting the fingers is enough to tell whether a photo is generated.",
      },
      correct = false,
      explain = {
        fr = "Faux : les hypertrucages sont de plus en plus difficiles à distinguer d’un vrai contenu. Un doigt en trop est un indice, mais les outils s’améliorent : vérifie plutôt d’où vient l’image.",
        en = "False: deepfakes are harder and harder to tell from real content. An extra finger is a clue, but the tools keep improving: check where the picture comes from instead.",
      },
      source = "CNIL, « Hypertrucage (deepfake) : comment se protéger et signaler les contenus illicites ? » : https://www.cnil.fr/fr/hypertrucage-deepfake",
      time = 20,
    },
    {
      id = "photo-lycee",
      kind = "hotspot",
      prompt = {
        fr = "Sacha poste : « Moi devant le lycée ce matin ». Appuie sur les défauts qui trahissent souvent une image générée, puis valide.",
        en = "Sacha posts: “Me outside school this morning”. Tap the flaws that often give away a generated picture, then submit.",
      },
      image = "vrai-ou-genere-lycee.png",
      spots = {
        { x = 0.35, y = 0.225, w = 0.467, h = 0.09,
          label = { fr = "Le panneau du lycée", en = "The school sign" },
          clue = { fr = "Des lettres de travers : « LYGÉE », « TILEULLS ».", en = "Letters gone wrong: “LYGÉE”, “TILEULLS”." } },
        { x = 0.546, y = 0.294, w = 0.083, h = 0.113,
          label = { fr = "La main levée", en = "The raised hand" },
          clue = { fr = "Six doigts.", en = "Six fingers." } },
        { x = 0.304, y = 0.8125, w = 0.229, h = 0.081,
          label = { fr = "L’ombre de Sacha", en = "Sacha’s shadow" },
          clue = { fr = "Soleil à gauche : l’ombre de l’arbre va à droite, celle de Sacha à gauche.", en = "Sun on the left: the tree’s shadow goes right, Sacha’s goes left." } },
        { x = 0.729, y = 0.575, w = 0.192, h = 0.131,
          label = { fr = "Les grilles à droite", en = "The railings on the right" },
          clue = { fr = "Des barreaux qui fondent et se tordent.", en = "Bars that melt and twist." } },
        { x = 0.729, y = 0.044, w = 0.2, h = 0.144,
          label = { fr = "Le nuage", en = "The cloud" } },
        { x = 0.575, y = 0.731, w = 0.067, h = 0.106,
          label = { fr = "Le sac à dos", en = "The backpack" } },
        { x = 0.775, y = 0.8, w = 0.125, h = 0.131,
          label = { fr = "Le chat", en = "The cat" } },
      },
      explain = {
        fr = "Lettres de travers, doigt en trop, éclairage incohérent, décor qui se déforme : des indices fréquents. Mais les IA s’améliorent : un défaut est un signal, son absence ne prouve rien.",
        en = "Wrong letters, an extra finger, lighting that doesn’t add up, a warping background: common clues. But AI keeps improving: a flaw is a warning sign, no flaw proves nothing.",
      },
      source = "Safeonweb, « Les deepfakes : comment les reconnaître et s’en protéger » : https://safeonweb.be/fr/les-deepfakes-comment-les-reconnaitre-et-sen-proteger",
      time = 40,
    },
    {
      id = "post-viral",
      kind = "hotspot",
      prompt = {
        fr = "Ce post circule dans ton fil. Appuie sur ce qui doit te faire douter avant de le partager, puis valide.",
        en = "This post is going round your feed. Tap what should make you doubt it before sharing, then submit.",
      },
      post = {
        author = {
          name = "InfoChoc 24",
          handle = "@infochoc24_officiel",
          clue = {
            fr = "Un compte inconnu, pas un média que tu peux vérifier.",
            en = "An unknown account, not a news outlet you can check.",
          },
        },
        date = { fr = "il y a 3 h", en = "3 h ago" },
        body = {
          {
            text = { fr = "Un requin filmé dans une rue inondée de Bordeaux ce matin !", en = "A shark filmed in a flooded Bordeaux street this morning!" },
            clue = {
              fr = "Un fait choc, sans source, ni auteur de la vidéo.",
              en = "A shocking claim, with no source and no one credited for the video.",
            },
          },
          {
            text = { fr = "Partagez vite avant que ce soit supprimé !!!", en = "Share fast before it gets deleted!!!" },
            clue = {
              fr = "On te pousse à partager avant de vérifier.",
              en = "It pushes you to share before you check.",
            },
          },
        },
        likes = {
          text = { fr = "48 k j’aime · 21 k partages", en = "48K likes · 21K shares" },
          clue = {
            fr = "Beaucoup de partages ne prouvent pas que c’est vrai.",
            en = "Lots of shares don’t prove it is true.",
          },
        },
        comments = {
          { author = "Nour", text = { fr = "Quelqu’un a trouvé la source ?", en = "Has anyone found the source?" } },
          { author = "Tom B.", text = { fr = "Mon cousin y était, c’est vrai !", en = "My cousin was there, it’s true!" },
            clue = { fr = "Un témoignage qu’on ne peut pas vérifier.", en = "A testimony nobody can check." } },
        },
      },
      explain = {
        fr = "Un contenu sans source claire, on le considère comme faux par défaut. Remonte à la source et cherche si des médias fiables en parlent, au lieu de te fier aux partages.",
        en = "Content with no clear source is best treated as false by default. Trace it to its source and see whether reliable news outlets report it, rather than trusting the shares.",
      },
      source = "Les Décodeurs, « Six techniques pour vérifier une information » (repris) : https://france-fraternites.org/desinformation-six-techniques-pour-verifier-une-information-sur-un-reseau-social/2",
      time = 40,
    },
    {
      id = "recherche-inversee",
      kind = "choice",
      prompt = {
        fr = "Comment fais-tu une « recherche d’image inversée » ?",
        en = "How do you run a “reverse image search”?",
      },
      choices = {
        { fr = "Je donne l’image (ou l’adresse de sa page) à Google Images, TinEye ou Bing", en = "I give the picture (or its page’s address) to Google Images, TinEye or Bing" },
        { fr = "Je décris l’image avec des mots-clés dans un moteur de recherche", en = "I describe the picture with keywords in a search engine" },
        { fr = "J’agrandis l’image au maximum pour voir les pixels", en = "I zoom in on the picture as far as I can to see the pixels" },
        { fr = "Je demande en commentaire qui l’a prise", en = "I ask in the comments who took it" },
      },
      correct = 1,
      explain = {
        fr = "Tu charges la photo, ou tu colles l’adresse de la page où elle figure, et le moteur cherche où elle a déjà paru. Sur un téléphone, Google Lens fait la même recherche.",
        en = "You upload the photo, or paste the address of the page it is on, and the engine looks for where it has already appeared. On a phone, Google Lens runs the same search.",
      },
      source = "Lumières sur l’info, « Comment vérifier une photo ? » : https://lumieres.info/fiches_pedagogique/comment-verifier-une-photo",
      time = 25,
    },
    {
      id = "plus-ancienne",
      kind = "choice",
      prompt = {
        fr = "La recherche inversée trouve la photo sur 40 sites. Lequel regarder d’abord ?",
        en = "The reverse search finds the photo on 40 sites. Which one do you look at first?",
      },
      choices = {
        { fr = "La publication la plus ancienne, et qui l’a faite", en = "The oldest publication, and who made it" },
        { fr = "La publication la plus partagée", en = "The most shared publication" },
        { fr = "La publication la plus récente", en = "The most recent publication" },
        { fr = "Le compte qui a le plus d’abonnés", en = "The account with the most followers" },
      },
      correct = 1,
      explain = {
        fr = "La plus ancienne publication mène souvent à la source : une photo dite « prise ce matin » a parfois été publiée des mois ou des années plus tôt, ailleurs. TinEye peut trier ses résultats du plus ancien au plus récent.",
        en = "The oldest publication often leads to the source: a photo said to be “taken this morning” was sometimes posted months or years earlier, elsewhere. TinEye can sort its results oldest first.",
      },
      source = "Penser critique, « Recherche inversée d’images : l’outil 4 en 1 » : https://www.penser-critique.be/recherche-inversee-d-images-l-outil-4-en-1/",
      time = 25,
    },
    {
      id = "etapes",
      kind = "order",
      prompt = {
        fr = "Une photo choc arrive dans ton groupe d’amis. Dans quel ordre la vérifier ?",
        en = "A shocking photo lands in your friends’ group chat. In what order do you check it?",
      },
      items = {
        { fr = "Ne pas la partager tout de suite", en = "Don’t share it straight away" },
        { fr = "Faire une recherche d’image inversée", en = "Run a reverse image search" },
        { fr = "Trouver la publication la plus ancienne et son auteur", en = "Find the oldest publication and who posted it" },
        { fr = "Chercher si des médias fiables en parlent", en = "See whether reliable news outlets report it" },
      },
      explain = {
        fr = "D’abord, ne rien relayer. La recherche inversée montre où la photo a paru ; la plus ancienne publication mène à la source ; les médias fiables confirment, ou non. Sur aucun média fiable ? Méfie-toi.",
        en = "First, pass nothing on. The reverse search shows where the photo has appeared; the oldest publication leads to the source; reliable outlets confirm it, or not. On no reliable outlet? Be wary.",
      },
      source = "HabiloMédias, « Repérer les hypertrucages » : https://habilomedias.ca/ressources-pedagogiques/reperer-les-hypertrucages",
      time = 40,
    },
    {
      id = "aide-ou-rien",
      kind = "sort",
      prompt = {
        fr = "Cette photo est-elle vraie ? Classe chaque élément.",
        en = "Is this photo real? Sort each element.",
      },
      bins = {
        { fr = "Aide à vérifier", en = "Helps to check" },
        { fr = "Ne prouve rien", en = "Proves nothing" },
      },
      items = {
        { text = { fr = "La même photo, datée, sur le site d’un média connu", en = "The same photo, dated, on a known news site" }, bin = 1 },
        { text = { fr = "Sa plus ancienne publication, par un photographe nommé", en = "Its oldest publication, by a named photographer" }, bin = 1 },
        { text = { fr = "D’autres médias fiables racontent le même fait", en = "Other reliable outlets report the same event" }, bin = 1 },
        { text = { fr = "48 000 partages", en = "48,000 shares" }, bin = 2 },
        { text = { fr = "Aucun doigt en trop, aucun texte bizarre", en = "No extra finger, no odd text" }, bin = 2 },
        { text = { fr = "« J’y étais, c’est vrai ! » en commentaire", en = "“I was there, it’s true!” in a comment" }, bin = 2 },
      },
      explain = {
        fr = "Ce qui vérifie : la source, la date, d’autres médias fiables. Ce qui ne prouve rien : les partages, un commentaire, ou l’absence de défaut visible.",
        en = "What checks: the source, the date, other reliable outlets. What proves nothing: shares, a comment, or the absence of any visible flaw.",
      },
      source = "HabiloMédias, « Repérer les hypertrucages » : https://habilomedias.ca/ressources-pedagogiques/reperer-les-hypertrucages",
      time = 40,
    },
    {
      id = "voix-clonee",
      kind = "choice",
      prompt = {
        fr = "Ta mère reçoit un appel : ta voix, en pleurs, réclame 500 € tout de suite. Quel réflexe déjoue une voix clonée ?",
        en = "Your mother gets a call: your voice, in tears, asks for €500 right now. Which habit defeats a cloned voice?",
      },
      choices = {
        { fr = "Raccrocher et te rappeler sur ton numéro habituel", en = "Hang up and call you back on your usual number" },
        { fr = "Écouter si la voix ressemble bien à la tienne", en = "Listen to whether the voice really sounds like yours" },
        { fr = "Vérifier que le numéro affiché est bien le tien", en = "Check that the number shown is really yours" },
        { fr = "Te demander de parler plus lentement, pour mieux écouter", en = "Ask you to speak more slowly, to listen more closely" },
      },
      correct = 1,
      explain = {
        fr = "Une IA peut imiter une voix à partir d’enregistrements trouvés en ligne, et un numéro affiché peut être falsifié. Face à une demande d’argent urgente : on raccroche et on rappelle sur le numéro qu’on avait déjà.",
        en = "An AI can imitate a voice from recordings found online, and the number shown can be faked. Faced with an urgent demand for money: hang up and call back on the number you already had.",
      },
      source = "Ma Sécurité, « Arnaques utilisant l’intelligence artificielle (IA) » : https://www.masecurite.interieur.gouv.fr/fr/fiches-pratiques/numerique/arnaques-utilisant-intelligence-artificielle-ia",
      time = 30,
    },
    {
      id = "etiquette-ia",
      kind = "truefalse",
      prompt = {
        fr = "Le règlement européen sur l’IA demande de signaler les hypertrucages. Donc une vidéo sans mention « IA » est authentique.",
        en = "The EU AI Act requires deepfakes to be disclosed. So a video with no “AI” label is genuine.",
      },
      correct = false,
      explain = {
        fr = "Faux : la règle oblige ceux qui diffusent un hypertrucage à le dire, mais un escroc ne la respecte pas. Une mention « généré par IA » t’informe ; son absence ne prouve rien.",
        en = "False: the rule makes those who publish a deepfake say so, but a scammer ignores it. A “made with AI” label tells you something; no label proves nothing.",
      },
      source = "Règlement (UE) 2024/1689 sur l’IA, article 50 (EUR-Lex) : https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32024R1689",
      time = 25,
    },
    {
      id = "page-web",
      kind = "hotspot",
      prompt = {
        fr = "Un lien t’amène sur cette page. Appuie sur ce qui doit te faire douter, puis valide.",
        en = "A link takes you to this page. Tap what should make you doubt it, then submit.",
      },
      browser = {
        url = {
          text = "https://actu-direct-france.example/incroyable-requin",
          clue = {
            fr = "Un site inconnu : le cadenas ne dit pas qui publie.",
            en = "An unknown site: the padlock doesn’t say who publishes it.",
          },
        },
        title = { fr = "ActuDirect — INCROYABLE : un requin à Bordeaux", en = "ActuDirect — UNBELIEVABLE: a shark in Bordeaux" },
        body = {
          {
            text = { fr = "Photo : trouvée sur les réseaux sociaux.", en = "Photo: found on social media." },
            clue = {
              fr = "Aucune source ni auteur pour la photo.",
              en = "No source and no photographer for the photo.",
            },
          },
          {
            text = { fr = "Les grands médias n’en parlent pas : ouvrez les yeux !", en = "The big media won’t tell you: open your eyes!" },
            clue = {
              fr = "Si aucun média fiable n’en parle, c’est un signal d’alerte.",
              en = "If no reliable outlet reports it, that is a warning sign.",
            },
          },
          { fr = "Article mis à jour à 10 h 12.", en = "Article updated at 10:12." },
        },
      },
      explain = {
        fr = "Un site inconnu, une photo « trouvée sur les réseaux », aucun autre média : rien ne vérifie l’info. Cherche l’image ailleurs, et qui l’a publiée en premier.",
        en = "An unknown site, a photo “found on social media”, no other outlet: nothing backs the story. Look for the picture elsewhere, and for who posted it first.",
      },
      source = "Les Décodeurs, « Six techniques pour vérifier une information » (repris) : https://france-fraternites.org/desinformation-six-techniques-pour-verifier-une-information-sur-un-reseau-social/3",
      time = 35,
    },
  },
}
