-- Level "mes-donnees-mes-droits" of the lycee pack (high-school students, a 10-15 minute round).
-- Teaches: what personal data is; the RGPD rights a teenager can use (access, rectification,
-- erasure, opposition); erasure of data collected while a minor; dereferencing from a search engine
-- (the page stays online); the one-month reply period; the steps up to a complaint to the CNIL;
-- the age of 15 for consenting alone (dated: as the CNIL stated it in 2021); a fake "data broker"
-- mail that charges for erasure.
-- Hands-on: two sorts, a mail hotspot, an estimate, an order, a typed answer.
-- People, companies, apps and domains are invented (.example); the CNIL is the real authority.
-- Sources: CNIL pages (« Le droit d'accès », « Le droit à l'effacement », « Le droit d'opposition »,
-- « Le droit au déréférencement », « Adresser une plainte », « RGPD : de quoi parle-t-on ? »,
-- « Recommandation 1 : encadrer la capacité d'agir des mineurs en ligne »), Service-Public.fr.
-- Every claim and the sentence behind it: /work/factcheck/i16/mes-donnees-mes-droits.sources.md.
-- No picture. Licence: CC BY-SA 4.0.
return {
  id = "mes-donnees-mes-droits",
  title = { fr = "Mes données, mes droits", en = "My data, my rights" },
  description = {
    fr = "Savoir ce qu’un site garde sur toi, le faire corriger ou effacer, faire disparaître un lien de la recherche sur ton nom, et saisir la CNIL quand personne ne répond.",
    en = "Find out what a site keeps about you, have it corrected or erased, get a link out of searches on your name, and turn to the CNIL when nobody answers.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "donnee-perso",
      kind = "sort",
      prompt = {
        fr = "Donnée personnelle ou pas ? Une donnée est personnelle si elle permet de reconnaître quelqu’un, même indirectement. Classe chaque carte.",
        en = "Personal data or not? Data is personal if it can identify someone, even indirectly. Sort each card.",
      },
      bins = {
        { fr = "Personnelle", en = "Personal" },
        { fr = "Pas personnelle", en = "Not personal" },
      },
      items = {
        { text = { fr = "Ton numéro de téléphone", en = "Your phone number" }, bin = 1 },
        { text = { fr = "Ta voix dans un message vocal", en = "Your voice in a voice message" }, bin = 1 },
        { text = { fr = "Une photo de ton visage", en = "A photo of your face" }, bin = 1 },
        { text = { fr = "Ton numéro de client d’une boutique en ligne", en = "Your customer number at an online shop" }, bin = 1 },
        { text = { fr = "La météo de demain à Lille", en = "Tomorrow’s weather in Lille" }, bin = 2 },
        { text = { fr = "Les horaires de la ligne de bus 42", en = "The timetable of bus route 42" }, bin = 2 },
        { text = { fr = "La recette des crêpes", en = "The recipe for crêpes" }, bin = 2 },
        { text = { fr = "Le prix d’une place de cinéma", en = "The price of a cinema ticket" }, bin = 2 },
      },
      explain = {
        fr = "Une donnée personnelle permet d’identifier une personne directement (nom, photo) ou indirectement (numéro de téléphone, numéro de client, voix). Une météo ou un horaire ne parle de personne.",
        en = "Personal data identifies a person directly (name, photo) or indirectly (phone number, customer number, voice). A weather forecast or a timetable is about nobody.",
      },
      source = "CNIL, « RGPD : de quoi parle-t-on ? » — https://www.cnil.fr/fr/rgpd-de-quoi-parle-t-on",
      time = 55,
    },
    {
      id = "quel-droit",
      kind = "sort",
      prompt = {
        fr = "Quel droit utiliser ? Classe chaque situation.",
        en = "Which right do you use? Sort each situation.",
      },
      bins = {
        { fr = "Accès", en = "Access" },
        { fr = "Effacement", en = "Erasure" },
        { fr = "Opposition", en = "Objection" },
      },
      items = {
        { text = { fr = "Savoir ce qu’une appli de musique garde sur toi", en = "Find out what a music app keeps about you" }, bin = 1 },
        { text = { fr = "Savoir à qui un site a transmis tes données", en = "Find out who a site passed your data to" }, bin = 1 },
        { text = { fr = "Faire retirer une photo gênante d’un site", en = "Get an embarrassing photo removed from a site" }, bin = 2 },
        { text = { fr = "Fermer ton compte et faire supprimer ses données", en = "Close your account and have its data deleted" }, bin = 2 },
        { text = { fr = "Ne plus recevoir les pubs par mail d’une boutique", en = "Stop getting a shop’s advertising emails" }, bin = 3 },
        { text = { fr = "Refuser de figurer dans l’annuaire des abonnés au téléphone", en = "Refuse to be listed in the phone directory" }, bin = 3 },
      },
      explain = {
        fr = "Accès : savoir ce qu’on a sur toi et à qui on l’a donné. Effacement : faire supprimer. Opposition : refuser un usage de tes données ; pour la publicité, pas besoin de te justifier.",
        en = "Access: find out what is held about you and who got it. Erasure: have it deleted. Objection: refuse a use of your data; for advertising, you need not give a reason.",
      },
      source = "CNIL, « Le droit d’opposition : refuser l’utilisation de vos données » — https://www.cnil.fr/fr/le-droit-dopposition",
      time = 50,
    },
    {
      id = "rectification",
      kind = "choice",
      prompt = {
        fr = "Le site de ton club de basket a mal écrit ton nom et ta date de naissance. Quel droit demandes-tu ?",
        en = "Your basketball club’s website has your name and date of birth wrong. Which right do you ask for?",
      },
      choices = {
        { fr = "Le droit de rectification", en = "The right to rectification" },
        { fr = "Le droit d’opposition", en = "The right to object" },
        { fr = "Le droit au déréférencement", en = "The right to be delisted" },
      },
      correct = 1,
      explain = {
        fr = "La rectification fait corriger des données fausses. L’opposition sert à refuser un usage de tes données, et le déréférencement concerne les moteurs de recherche.",
        en = "Rectification gets wrong data corrected. Objection is for refusing a use of your data, and delisting is about search engines.",
      },
      source = "CNIL, « Le droit d’accès : connaître les données qu’un organisme détient sur vous » — https://www.cnil.fr/fr/le-droit-dacces",
      time = 20,
    },
    {
      id = "effacement-mineur",
      kind = "truefalse",
      prompt = {
        fr = "Nathan, 19 ans, veut faire effacer des photos publiées sur un forum quand il avait 14 ans. C’est un cas où il peut demander l’effacement.",
        en = "Nathan, 19, wants photos he posted on a forum at 14 erased. This is a case where he can ask for erasure.",
      },
      correct = true,
      explain = {
        fr = "Vrai : des données collectées quand tu étais mineur par un site, un forum ou un réseau social font partie des cas d’effacement prévus. Écris directement au site, en disant quelles données effacer.",
        en = "True: data collected by a site, forum or social network while you were a minor is one of the listed grounds for erasure. Write to the site directly, saying which data to erase.",
      },
      source = "CNIL, « Le droit à l’effacement : supprimer vos données en ligne » — https://www.cnil.fr/le-droit-leffacement-supprimer-vos-donnees-en-ligne",
      time = 20,
    },
    {
      id = "dereferencement",
      kind = "choice",
      prompt = {
        fr = "Un vieil article sur toi sort quand on tape ton nom dans un moteur de recherche. Tu obtiens son déréférencement. Que se passe-t-il ?",
        en = "An old article about you comes up when someone searches your name. You get it delisted. What happens?",
      },
      choices = {
        { fr = "Le lien disparaît des résultats sur ton nom, l’article reste en ligne", en = "The link leaves the results for your name, the article stays online" },
        { fr = "L’article est supprimé du site qui l’a publié", en = "The article is deleted from the site that published it" },
        { fr = "Le site qui l’a publié disparaît du moteur de recherche", en = "The site that published it vanishes from the search engine" },
      },
      correct = 1,
      explain = {
        fr = "Le déréférencement retire le lien des résultats associés à tes nom et prénom ; l’article reste accessible sur son site ou par d’autres mots-clés. Pour le faire supprimer, demande l’effacement au site lui-même.",
        en = "Delisting removes the link from the results for your first and last name; the article can still be reached on its site or with other keywords. To have it deleted, ask the site itself for erasure.",
      },
      source = "CNIL, « Le droit au déréférencement » — https://www.cnil.fr/fr/le-droit-au-dereferencement",
      time = 25,
    },
    {
      id = "courtier",
      kind = "hotspot",
      prompt = {
        fr = "Noah, 17 ans, reçoit cet e-mail d’une société qui dit vendre des profils. Appuie sur ce qui doit l’alerter, puis valide.",
        en = "Noah, 17, gets this email from a company that says it sells profiles. Tap what should warn him, then submit.",
      },
      mail = {
        from = { name = "DataProfil Services", address = "suppression@dataprofil.example" },
        subject = {
          text = { fr = "Votre profil est en vente : 48 h pour le retirer", en = "Your profile is for sale: 48 h to withdraw it" },
          clue = { fr = "Un délai pour te faire peur et te presser.", en = "A deadline to scare and rush you." },
        },
        date = "02/12/2026 19:40",
        body = {
          { fr = "Bonjour Noah,", en = "Hello Noah," },
          {
            text = {
              fr = "Pour ne plus figurer dans notre fichier, réglez 9,90 € de frais.",
              en = "To be removed from our file, pay a €9.90 fee.",
            },
            clue = { fr = "Refuser la prospection est gratuit.", en = "Refusing marketing use is free." },
          },
          {
            text = {
              fr = "Joignez aussi votre carte d’identité et votre RIB.",
              en = "Also attach your ID card and your bank details.",
            },
            clue = {
              fr = "Aucun RIB n’est nécessaire pour t’opposer.",
              en = "No bank details are needed to object.",
            },
          },
        },
        links = {
          {
            text = { fr = "Payer et supprimer", en = "Pay and delete" },
            url = "https://dataprofil-paiement.example/regler",
            clue = { fr = "Un lien de paiement, pas une démarche de droits.", en = "A payment link, not a rights request." },
          },
        },
      },
      explain = {
        fr = "S’opposer à la prospection est gratuit et se fait sans justificatif ; en cas de doute sur ton identité, l’organisme peut seulement te demander de quoi la vérifier. Ne clique pas : écris à la société via la page « données personnelles » de son propre site.",
        en = "Objecting to marketing is free and needs no supporting documents; if in doubt about who you are, the organisation may only ask for what confirms it. Don’t click: write to the company through the “personal data” page of its own website.",
      },
      source = "Service-Public.fr, « Fichiers informatiques et données personnelles » — https://www.service-public.fr/particuliers/vosdroits/F2024",
      time = 70,
    },
    {
      id = "delai",
      kind = "estimate",
      prompt = {
        fr = "Tu as écrit à un site pour faire effacer tes données. En combien de jours, au plus, doit-il te répondre ?",
        en = "You wrote to a site to have your data erased. Within how many days, at most, must it answer you?",
      },
      min = 0,
      max = 120,
      answer = 30,
      unit = { fr = "jours", en = "days" },
      format = "plain",
      explain = {
        fr = "Un mois : l’organisme doit répondre dans les meilleurs délais, et sous un mois maximum. Pour une demande complexe, il peut prendre deux mois de plus, mais doit te le dire dans ce premier mois. Sans réponse, tu peux saisir la CNIL.",
        en = "One month: the organisation must answer as soon as possible, and within one month at most. For a complex request it may take two more months, but must tell you so within that first month. With no answer, you can turn to the CNIL.",
      },
      source = "CNIL, « Adresser une plainte » — https://www.cnil.fr/adresser-une-plainte ; RGPD, article 12.3 — https://eur-lex.europa.eu/eli/reg/2016/679/oj",
      time = 30,
    },
    {
      id = "etapes-plainte",
      kind = "order",
      prompt = {
        fr = "Une appli garde tes données alors que tu as fermé ton compte. Mets les étapes dans l’ordre, jusqu’à la plainte.",
        en = "An app keeps your data though you closed your account. Put the steps in order, up to the complaint.",
      },
      items = {
        { fr = "Trouver la page « données personnelles » de l’appli", en = "Find the app’s “personal data” page" },
        { fr = "Écrire ta demande en disant quelles données effacer", en = "Write your request saying which data to erase" },
        { fr = "Garder une copie de ta demande", en = "Keep a copy of your request" },
        { fr = "Attendre la réponse, un mois au plus", en = "Wait for the answer, one month at most" },
        { fr = "Sans réponse : déposer une plainte auprès de la CNIL", en = "No answer: file a complaint with the CNIL" },
      },
      explain = {
        fr = "La CNIL n’agit pas à ta place : écris d’abord à l’organisme. La copie de ta demande est la preuve dont la CNIL aura besoin si personne ne répond sous un mois.",
        en = "The CNIL does not act in your place: write to the organisation first. The copy of your request is the proof the CNIL will need if nobody answers within a month.",
      },
      source = "CNIL, « Adresser une plainte » — https://www.cnil.fr/adresser-une-plainte",
      time = 60,
    },
    {
      id = "qui-plainte",
      kind = "input",
      prompt = {
        fr = "Un site ignore ta demande d’effacement depuis deux mois. À quelle autorité adresses-tu une plainte ? Tape son sigle.",
        en = "A site has ignored your erasure request for two months. Which authority do you complain to? Type its acronym.",
      },
      accept = { "CNIL", "la CNIL", "cnil.fr" },
      explain = {
        fr = "La CNIL, la Commission nationale de l’informatique et des libertés. La plainte se dépose sur cnil.fr ; joins la copie de ta demande et de tes échanges.",
        en = "The CNIL, France’s data protection authority. Complaints are filed at cnil.fr; attach the copy of your request and of your exchanges.",
      },
      source = "CNIL, « Adresser une plainte » — https://www.cnil.fr/adresser-une-plainte",
      time = 25,
    },
    {
      id = "age-15",
      kind = "choice",
      prompt = {
        fr = "En France, à partir de quel âge peux-tu accepter seul certains usages de tes données en ligne (cookies, géolocalisation facultative) ?",
        en = "In France, from what age can you agree on your own to some uses of your data online (cookies, optional location)?",
      },
      choices = {
        { fr = "15 ans", en = "15" },
        { fr = "13 ans", en = "13" },
        { fr = "18 ans", en = "18" },
      },
      correct = 1,
      explain = {
        fr = "15 ans, selon la loi Informatique et Libertés, comme la CNIL le rappelait en 2021. Avant 15 ans, pour ces usages, ton accord et celui d’un parent sont demandés. Ce n’est pas une « majorité numérique » pour tout : l’accès des moins de 15 ans aux réseaux sociaux relève d’autres règles, débattues au Parlement en 2026.",
        en = "15, under France’s Data Protection Act, as the CNIL stated in 2021. Under 15, for these uses, your consent and a parent’s are needed. It is not a digital “coming of age” for everything: under-15s’ access to social networks falls under other rules, debated in Parliament in 2026.",
      },
      source = "CNIL, « Recommandation 1 : encadrer la capacité d’agir des mineurs en ligne » — https://www.cnil.fr/recommandation-1-encadrer-la-capacite-dagir-des-mineurs-en-ligne",
      time = 25,
    },
  },
}
