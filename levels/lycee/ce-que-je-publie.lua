-- Level "ce-que-je-publie" of the lycee pack (high-school students, a 10–15 minute class round).
-- Teaches: what "public" means and checking one's privacy settings; what a post gives away (a
-- post mock-up: live location, an empty home, the school); sharing a live location the CNIL's way;
-- sorting what to post, think about, or keep off; the photos of others (ask first); what stays
-- online (screenshots, reposts); what in a photo tells where you live (the street, the door,
-- the file's location data); the age of a first account (CNIL survey, estimate); getting a photo
-- of you taken down (the CNIL, typed answer; the steps, order).
-- Plain data only, no pictures. People, handles and the street are invented. Sources: CNIL,
-- Cybermalveillance.gouv.fr (pages named in each `source`; the sentences that back each claim
-- are in /work/factcheck/i16/ce-que-je-publie.sources.md). Written for Vigie, licence CC BY-SA 4.0.
return {
  id = "ce-que-je-publie",
  title = { fr = "Ce que je publie", en = "What I post" },
  description = {
    fr = "Public ou privé, position en direct, photos des autres, captures d’écran : ce que tes publications disent de toi, et comment garder la main.",
    en = "Public or private, live location, other people’s photos, screenshots: what your posts say about you, and how to stay in control.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "compte-public",
      kind = "choice",
      prompt = {
        fr = "Le compte de Chloé est réglé sur « Public ». Qui peut voir ce qu’elle publie ?",
        en = "Chloé’s account is set to “Public”. Who can see what she posts?",
      },
      choices = {
        { fr = "N’importe qui, même des inconnus", en = "Anyone, strangers included" },
        { fr = "Seulement les abonnés qu’elle a acceptés", en = "Only the followers she accepted" },
        { fr = "Seulement ses amis proches", en = "Only her close friends" },
        { fr = "Personne tant qu’elle n’a pas 18 ans", en = "Nobody until she turns 18" },
      },
      correct = 1,
      explain = {
        fr = "« Public » veut dire tout le monde. Règle qui voit tes publications et tes infos, et revérifie ces réglages de temps en temps : ils peuvent changer sans que tu le saches.",
        en = "“Public” means everyone. Choose who sees your posts and details, and check these settings now and then: they can change without you knowing.",
      },
      source = "Cybermalveillance.gouv.fr, « Sécurité des réseaux sociaux » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/reseaux-sociaux",
      time = 20,
    },
    {
      id = "post-bavard",
      kind = "hotspot",
      prompt = {
        fr = "Lina, 16 ans, publie ceci sur son compte public. Touche ce qui en dit trop sur elle, puis valide.",
        en = "Lina, 16, posts this on her public account. Tap what gives away too much about her, then submit.",
      },
      post = {
        author = { name = "Lina B.", handle = "@lina.dessins" },
        date = {
          text = { fr = "Position en direct · 12 rue des Lilas", en = "Live location · 12 rue des Lilas" },
          clue = {
            fr = "Sa position exacte, en direct, visible par tout le monde.",
            en = "Her exact location, live, visible to everyone.",
          },
        },
        body = {
          {
            text = {
              fr = "Seule à la maison tout le week-end, mes parents partent ce soir.",
              en = "Home alone all weekend, my parents leave tonight.",
            },
            clue = {
              fr = "Elle annonce quand la maison est vide, et qu’elle y est seule.",
              en = "She says when the house is empty, and that she is alone there.",
            },
          },
          { fr = "Mon nouveau dessin est fini, vous en pensez quoi ?", en = "My new drawing is done, what do you think?" },
          {
            text = {
              fr = "Photo : moi devant l’entrée du lycée, mon nom sur le badge.",
              en = "Photo: me at the school gate, my name on my badge.",
            },
            clue = {
              fr = "Son lycée et son nom : on sait où la trouver chaque jour.",
              en = "Her school and her name: people know where to find her every day.",
            },
          },
        },
        likes = { fr = "214 j’aime · 37 partages", en = "214 likes · 37 shares" },
        comments = {
          { author = "Sarah", text = { fr = "Trop beau ton dessin !", en = "Your drawing is so good!" } },
        },
      },
      explain = {
        fr = "Trois indices : la position en direct, la maison vide et le lycée avec son nom. Le dessin, lui, peut se partager sans risque. Avant de publier, demande-toi ce qu’un inconnu apprendrait.",
        en = "Three clues: the live location, the empty house and the school with her name. The drawing itself is safe to share. Before you post, ask what a stranger would learn.",
      },
      source = "CNIL, « Partager sa géolocalisation avec ses amis et sa famille » (2025) : https://www.cnil.fr/fr/node/167538",
      time = 60,
    },
    {
      id = "position-en-direct",
      kind = "choice",
      prompt = {
        fr = "Maxime veut partager sa position en direct sur une appli, « au cas où ». Quelle façon de faire la CNIL conseille-t-elle ?",
        en = "Maxime wants to share his live location in an app, “just in case”. Which way does the CNIL advise?",
      },
      choices = {
        { fr = "Seulement quand il le faut, avec quelques proches de confiance", en = "Only when needed, with a few trusted people" },
        { fr = "Tout le temps, avec toute sa classe", en = "All the time, with his whole class" },
        { fr = "Tout le temps, mais seulement le soir", en = "All the time, but only in the evening" },
        { fr = "Avec ses abonnés, pour ne vexer personne", en = "With his followers, so no one feels left out" },
      },
      correct = 1,
      explain = {
        fr = "Tes déplacements révèlent ton domicile, tes habitudes, tes sorties. La CNIL conseille de n’activer le partage que quand c’est nécessaire, avec des personnes de confiance, et de vérifier souvent qui voit ta position.",
        en = "Your movements reveal your home, habits and outings. The CNIL advises sharing only when needed, with people you trust, and checking often who can see your location.",
      },
      source = "CNIL, « Partager sa géolocalisation avec ses amis et sa famille » (2025) : https://www.cnil.fr/fr/node/167538",
      time = 25,
    },
    {
      id = "trier-publications",
      kind = "sort",
      prompt = {
        fr = "Classe chaque idée de publication pour un compte public.",
        en = "Sort each post idea for a public account.",
      },
      bins = {
        { fr = "OK à publier", en = "OK to post" },
        { fr = "À réfléchir", en = "Think first" },
        { fr = "À ne pas publier", en = "Don’t post" },
      },
      items = {
        { text = { fr = "Ton dessin ou ta recette préférée", en = "Your drawing or favourite recipe" }, bin = 1 },
        { text = { fr = "Ton avis sur un film", en = "Your review of a film" }, bin = 1 },
        { text = { fr = "Le score de ton match, sans lieu ni heure", en = "Your match score, with no place or time" }, bin = 1 },
        { text = { fr = "Une photo de groupe où tes amis sont reconnaissables", en = "A group photo where your friends can be recognised" }, bin = 2 },
        { text = { fr = "Une photo de vacances, pendant que tu y es", en = "A holiday photo, while you are still away" }, bin = 2 },
        { text = { fr = "Ton adresse ou ton numéro de téléphone", en = "Your address or phone number" }, bin = 3 },
        { text = { fr = "La photo d’un copain endormi, « pour rire »", en = "A photo of a friend asleep, “for a laugh”" }, bin = 3 },
        { text = { fr = "Ta position en direct", en = "Your live location" }, bin = 3 },
      },
      explain = {
        fr = "Tes goûts et tes créations se partagent. Une photo d’amis demande leur accord, des vacances se racontent au retour. Ton adresse, ta position ou la photo gênante de quelqu’un restent hors ligne.",
        en = "Your tastes and creations can be shared. A photo of friends needs their OK, holidays can be told once back. Your address, your location or an embarrassing photo of someone stay offline.",
      },
      source = "Cybermalveillance.gouv.fr, « Sécurité des réseaux sociaux » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/reseaux-sociaux",
      time = 60,
    },
    {
      id = "photo-des-autres",
      kind = "truefalse",
      prompt = {
        fr = "Tu as pris une photo drôle de Yanis à la cantine. C’est toi qui l’as prise, donc tu peux la publier sans lui demander.",
        en = "You took a funny photo of Yanis in the canteen. You took it, so you can post it without asking him.",
      },
      correct = false,
      explain = {
        fr = "Chacun a un droit sur son image, même si c’est toi qui tiens le téléphone. Demande à Yanis avant de publier, et respecte son « non ».",
        en = "Everyone has a right over their own image, even if you hold the phone. Ask Yanis before posting, and respect his “no”.",
      },
      source = "Service-Public.gouv.fr, « Droit à l’image » : https://www.service-public.gouv.fr/particuliers/vosdroits/F32103",
      time = 20,
    },
    {
      id = "story-24h",
      kind = "truefalse",
      prompt = {
        fr = "Une story qui disparaît au bout de 24 heures ne laisse aucune trace.",
        en = "A story that disappears after 24 hours leaves no trace.",
      },
      correct = false,
      explain = {
        fr = "N’importe qui peut faire une capture d’écran ou la repartager ailleurs : une fois copiée, elle peut être difficile, voire impossible, à effacer. Publie seulement ce que tu accepterais de voir circuler.",
        en = "Anyone can take a screenshot or repost it elsewhere: once copied, it can be hard, even impossible, to delete. Post only what you would accept seeing shared around.",
      },
      source = "CNIL, « Les conseils de la CNIL pour mieux maîtriser la publication de photos », repris par Educavox : http://educavox.fr/culture-web/s-informer/article/les-conseils-de-la-cnil-pour-mieux",
      time = 15,
    },
    {
      id = "photo-devant-chez-moi",
      kind = "multi",
      prompt = {
        fr = "Jules envoie une photo de lui devant chez lui. Qu’est-ce qui peut révéler où il habite ?",
        en = "Jules sends a photo of himself in front of his home. What can reveal where he lives?",
      },
      choices = {
        { fr = "La plaque de la rue derrière lui", en = "The street sign behind him" },
        { fr = "Le numéro sur la porte", en = "The number on the door" },
        { fr = "Le lieu caché dans le fichier, si l’appareil photo enregistre la position", en = "The place hidden in the file, if the camera saves the location" },
        { fr = "La couleur de son sweat", en = "The colour of his hoodie" },
        { fr = "Le filtre noir et blanc", en = "The black-and-white filter" },
        { fr = "Son chat dans ses bras", en = "The cat in his arms" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "Un téléphone peut aussi cacher dans la photo le lieu de la prise de vue. Coupe la localisation de l’appareil photo, et cadre sans plaque ni numéro.",
        en = "A phone can also hide in the photo where it was taken. Turn off the camera’s location, and frame out signs and numbers.",
      },
      source = "Orange Business, « Photos de vacances et géo-localisation » : https://orange-business.com/fr/blogs/securite/actualites/photos-de-vacances-et-geo-localisation",
      time = 35,
    },
    {
      id = "age-premier-compte",
      kind = "estimate",
      prompt = {
        fr = "D’après un sondage publié par la CNIL en 2021, à quel âge moyen les enfants s’inscrivent-ils sur un premier réseau social ?",
        en = "According to a survey the CNIL published in 2021, at what average age do children sign up to a first social network?",
      },
      min = 5,
      max = 18,
      answer = 8.5,
      unit = { fr = "ans", en = "years" },
      format = "plain",
      explain = {
        fr = "Vers 8 ans et demi en moyenne. Tes publications s’accumulent donc depuis longtemps : fais le tri de temps en temps dans ce qui est visible, surtout les plus anciennes.",
        en = "Around 8 and a half on average. So your posts have been piling up for years: sort through what is visible now and then, the oldest ones above all.",
      },
      source = "CNIL, « Droits numériques des mineurs… » : https://www.cnil.fr/fr/droits-numeriques-des-mineurs-la-cnil-publie-les-resultats-du-sondage-et-de-la-consultation-publique",
      time = 30,
    },
    {
      id = "qui-saisir",
      kind = "input",
      prompt = {
        fr = "Un réseau social ne répond pas, après un mois, à ta demande d’effacer une photo de toi. Tape le sigle de l’autorité à qui tu peux te plaindre.",
        en = "A social network has not answered your request to erase a photo of you after a month. Type the acronym of the authority you can complain to.",
      },
      accept = { "CNIL", "la CNIL" },
      explain = {
        fr = "La CNIL, la Commission nationale de l’informatique et des libertés. Le site doit te répondre sous un mois ; sans réponse, ou si elle ne te convient pas, tu peux te plaindre à la CNIL.",
        en = "The CNIL, France’s data protection authority. The site must answer you within a month; with no answer, or an answer that does not satisfy you, you can complain to the CNIL.",
      },
      source = "CNIL, « Le droit à l’effacement : supprimer vos données en ligne » : https://www.cnil.fr/fr/comprendre-mes-droits/le-droit-leffacement-supprimer-vos-donnees-en-ligne",
      time = 30,
    },
    {
      id = "faire-retirer",
      kind = "order",
      prompt = {
        fr = "Une photo gênante de toi a été publiée sans ton accord. Remets les étapes dans l’ordre.",
        en = "An embarrassing photo of you was posted without your consent. Put the steps in order.",
      },
      items = {
        { fr = "Faire des captures d’écran, pour garder des preuves", en = "Take screenshots, to keep evidence" },
        { fr = "Demander à la personne qui l’a publiée de la retirer", en = "Ask the person who posted it to take it down" },
        { fr = "Demander au réseau social de l’effacer", en = "Ask the social network to erase it" },
        { fr = "Sans réponse au bout d’un mois, se plaindre à la CNIL", en = "With no answer after a month, complain to the CNIL" },
      },
      explain = {
        fr = "Garde d’abord des preuves, avant que la photo ne disparaisse. Puis demande le retrait à la personne, l’effacement au réseau social et, sans réponse sous un mois, plains-toi à la CNIL. Si la photo sert à te harceler, contacte le 3018.",
        en = "Keep evidence first, before the photo disappears. Then ask the person to take it down, the network to erase it and, with no answer within a month, complain to the CNIL. If the photo is used to harass you, contact 3018.",
      },
      source = "CNIL, « Le droit à l’effacement : supprimer vos données en ligne » : https://www.cnil.fr/fr/comprendre-mes-droits/le-droit-leffacement-supprimer-vos-donnees-en-ligne",
      time = 45,
    },
  },
}
