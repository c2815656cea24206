-- Level "le-bon-numero" of the stand pack (passers-by at an event stand, two-minute rounds).
-- Which number or site for which case: 33700 for scam texts, 3018 for young victims of online
-- violence, 17Cyber for victims of cyber attacks and scams, 17 for immediate danger, Pharos
-- (internet-signalement.gouv.fr) for illegal public content. Questions 2, 3, 5 and 6 are choices,
-- so the round can be played as a duel. Info Escroqueries (0 805 805 817) is left out: no stored
-- official page confirms it is still open in December 2026.
-- Plain data only, no pictures. People are invented; the numbers and sites are the real public
-- services. Sources: /work/factcheck/stand/le-bon-numero.sources.md.
return {
  id = "le-bon-numero",
  title = { fr = "Le bon numéro", en = "The right number" },
  description = {
    fr = "33700, 3018, 17Cyber, 17, Pharos : qui appeler, et pour quoi ?",
    en = "33700, 3018, 17Cyber, 17, Pharos: who to call, and what for?",
  },
  audience = { "stand" },
  questions = {
    {
      id = "sms-33700",
      kind = "input",
      prompt = {
        fr = "Tu reçois un SMS d’arnaque. Tape le numéro gratuit où le transférer (5 chiffres, il commence par 33).",
        en = "You get a scam text. Type the free number to forward it to (5 digits, it starts with 33).",
      },
      number = 33700,
      tolerance = 0,
      explain = {
        fr = "Transfère le SMS au 33700, sans commentaire : un message t’invite ensuite à compléter le signalement. C’est gratuit.",
        en = "Forward the text to 33700, with no comment: a reply then asks you to complete the report. It is free.",
      },
      source = "DGCCRF, « SMS et appels indésirables : le 33 700 facilite le signalement » : https://www.economie.gouv.fr/dgccrf/sms-et-appels-indesirables-le-33-700-facilite-le-signalement-des-numeros-frauduleux",
      time = 25,
    },
    {
      id = "ado-3018",
      kind = "choice",
      prompt = {
        fr = "Inès, 14 ans, reçoit des insultes chaque soir sur un réseau social. Que peut-elle faire ?",
        en = "Inès, 14, gets insults every evening on a social network. What can she do?",
      },
      choices = {
        { fr = "Appeler ou écrire au 3018", en = "Call or message 3018" },
        { fr = "Transférer les messages au 33700", en = "Forward the messages to 33700" },
        { fr = "Supprimer son compte sans en parler", en = "Delete her account and tell no one" },
      },
      correct = 1,
      explain = {
        fr = "Le 3018 aide les jeunes victimes de violences en ligne : gratuit, anonyme et confidentiel. Le 33700 ne prend que les SMS et appels indésirables.",
        en = "3018 helps young victims of online violence: free, anonymous and confidential. 33700 only takes unwanted texts and calls.",
      },
      source = "Solidarites.gouv.fr, « (Cyber)harcèlement, violences : des numéros existent » : https://solidarites.gouv.fr/node/2219",
      time = 20,
    },
    {
      id = "fraude-payee",
      kind = "choice",
      prompt = {
        fr = "Ton grand-père a reçu une fausse amende par SMS et l’a payée avec sa carte. Que faire ?",
        en = "Your grandfather got a fake fine by text and paid it with his card. What should he do?",
      },
      choices = {
        { fr = "Appeler sa banque, puis aller sur 17Cyber", en = "Call his bank, then go to 17Cyber" },
        { fr = "Transférer le SMS au 33700, et c’est tout", en = "Forward the text to 33700, and that’s it" },
        { fr = "Rien : l’argent est perdu", en = "Nothing: the money is gone" },
      },
      correct = 1,
      explain = {
        fr = "D’abord la banque, pour faire opposition sur la carte. Ensuite 17cyber.gouv.fr donne la marche à suivre, avec un policier ou un gendarme en tchat si besoin.",
        en = "First the bank, to block the card. Then 17cyber.gouv.fr says what to do next, with a police officer or gendarme on chat if needed.",
      },
      source = "Police nationale, « Victime de cybermalveillance ? » : https://www.police-nationale.interieur.gouv.fr/actualite/victime-de-cybermalveillance-rendez-vous-sur-17cybergouvfr",
      time = 20,
    },
    {
      id = "qui-pour-quoi",
      kind = "sort",
      prompt = {
        fr = "Vers qui te tourner d’abord ? Classe les cartes.",
        en = "Who do you turn to first? Sort the cards.",
      },
      bins = { "33700", "3018", "17Cyber" },
      items = {
        { text = { fr = "Un faux SMS de livraison", en = "A fake delivery text" }, bin = 1 },
        { text = { fr = "Un SMS « Vous avez gagné un lot »", en = "A text saying “You’ve won a prize”" }, bin = 1 },
        { text = { fr = "Des rumeurs sur un élève dans un groupe de classe", en = "Rumours about a pupil in a class group chat" }, bin = 2 },
        { text = { fr = "Une ado moquée chaque jour dans un jeu en ligne", en = "A teenage girl mocked every day in an online game" }, bin = 2 },
        { text = { fr = "Les fichiers du PC bloqués contre rançon", en = "The PC’s files locked for a ransom" }, bin = 3 },
        { text = { fr = "La boîte mail d’un parent piratée", en = "A parent’s mailbox hacked" }, bin = 3 },
      },
      explain = {
        fr = "33700 : les SMS indésirables. 3018 : les jeunes face aux violences en ligne. 17Cyber : piratage, rançongiciel, escroquerie.",
        en = "33700: unwanted texts. 3018: young people facing online violence. 17Cyber: hacking, ransomware, scams.",
      },
      source = "Francenum.gouv.fr, « Rendez-vous sur 17Cyber » : https://www.francenum.gouv.fr/guides-et-conseils/protection-contre-les-risques/cybersecurite/victime-de-cybermalveillance-rendez",
      time = 25,
    },
    {
      id = "danger-17",
      kind = "choice",
      prompt = {
        fr = "Un message en ligne annonce une agression devant un collège, dans l’heure. Qui prévenir d’abord ?",
        en = "An online message announces an attack outside a school, within the hour. Who do you alert first?",
      },
      choices = {
        { fr = "Le 17", en = "17 (police)" },
        { fr = "Pharos, sur internet-signalement.gouv.fr", en = "Pharos, at internet-signalement.gouv.fr" },
        { fr = "Le 33700", en = "33700" },
      },
      correct = 1,
      explain = {
        fr = "Danger immédiat : appelle d’abord le 17. Pharos sert à signaler un contenu illicite, pas à faire venir la police en urgence.",
        en = "Immediate danger: call 17 first. Pharos is for reporting illegal content, not for getting the police there in an emergency.",
      },
      source = "Police nationale, « Comment fonctionne le portail Pharos ? » : https://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos",
      time = 15,
    },
    {
      id = "pharos-haine",
      kind = "choice",
      prompt = {
        fr = "Une vidéo publique appelle à la haine contre un groupe de personnes. Que faire ?",
        en = "A public video calls for hatred against a group of people. What do you do?",
      },
      choices = {
        { fr = "La signaler à Pharos (internet-signalement.gouv.fr)", en = "Report it to Pharos (internet-signalement.gouv.fr)" },
        { fr = "La partager pour la dénoncer", en = "Share it to denounce it" },
        { fr = "La transférer au 33700", en = "Forward it to 33700" },
      },
      correct = 1,
      explain = {
        fr = "Ne la partage pas, même pour la dénoncer : tu la ferais circuler. Signale-la à Pharos, sur internet-signalement.gouv.fr.",
        en = "Don’t share it, even to denounce it: you would spread it. Report it to Pharos, at internet-signalement.gouv.fr.",
      },
      source = "Police nationale, « Comment fonctionne le portail Pharos ? » : https://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos",
      time = 20,
    },
  },
}
