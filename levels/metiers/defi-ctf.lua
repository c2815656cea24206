-- Level "defi-ctf" of the metiers pack (lycée students choosing a path, job seekers, people
-- changing careers), in the spirit of the European Cyber Security Challenge and of the France
-- Cybersecurity Challenge that ANSSI runs to pick France's team.
-- Teaches: legal ethics first (you test only what you own or are authorised in writing to test;
-- Code pénal, article 323-1; CTFs and bug bounties as the legal playgrounds), then a small
-- capture-the-flag on the fictional material of an invented company, Orvelle: recognise Base64,
-- decode hexadecimal and a Caesar shift (short enough for paper), read a page's source for
-- secrets left in comments, spot the impossible-travel login in a log, deduce which account was
-- reused after a leak, find a phishing mail's real sender; and where to play legally.
-- Every decoding was computed (python3) and is written in /work/factcheck/i16/defi-ctf.sources.md.
-- Sources: Légifrance (Code pénal, art. 323-1), the académie de Strasbourg's SSI page (what
-- art. 323-1 forbids), ssi.gouv.fr (ANSSI: FCSC, ECSC), RFC 4648, 123calculus (Caesar cipher),
-- squirrelscan (HTML comments), Curity (impossible travel), OWASP Top 10 2021 A07 (credential
-- stuffing), the académie de Nancy-Metz's SSI page (senders). Second reader's check:
-- /work/factcheck/i16/defi-ctf.check.md.
-- The company, people, domains (.example) and flags are invented; the only real names are
-- public bodies and competitions. No picture. Licence: CC BY-SA 4.0.
return {
  id = "defi-ctf",
  title = { fr = "Défi : capture du drapeau", en = "Challenge: capture the flag" },
  description = {
    fr = "Un petit « capture du drapeau » comme au France Cybersecurity Challenge : la loi d’abord, puis décoder, fouiller, déduire, sur le matériel d’une entreprise inventée. Papier et crayon bienvenus.",
    en = "A small capture-the-flag, as at the France Cybersecurity Challenge: the law first, then decode, search and deduce on an invented company’s material. Pen and paper welcome.",
  },
  audience = { "metiers" },
  version = "1.0",
  authors = { "Vigie contributors" },
  licence = "CC BY-SA 4.0",
  questions = {
    -- 1. The law first.
    {
      id = "juste-pour-voir",
      kind = "truefalse",
      prompt = {
        fr = "Entrer sans autorisation dans le système informatique d’une entreprise, juste pour voir, sans rien copier ni modifier, c’est permis.",
        en = "Getting into a company’s computer system without permission, just to look, copying and changing nothing, is allowed.",
      },
      correct = false,
      explain = {
        fr = "Faux. L’article 323-1 du Code pénal punit le fait « d’accéder ou de se maintenir, frauduleusement » dans tout ou partie d’un système informatique : entrer suffit, même sans rien toucher. La règle : ne testez que ce qui vous appartient, ou ce qu’on vous a autorisé par écrit à tester.",
        en = "False. Article 323-1 of the French Code pénal punishes “accessing or remaining, fraudulently” in all or part of a computer system: getting in is enough, even touching nothing. The rule: test only what you own, or what you are authorised in writing to test.",
      },
      source = "Légifrance — « Code pénal, Article 323-1 » — https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006418316",
      time = 30,
    },
    -- 2. What makes a test legal: the authorisation, not the intention.
    {
      id = "autorise-ou-pas",
      kind = "sort",
      prompt = {
        fr = "Hacker éthique ou délit ? Rangez chaque situation.",
        en = "Ethical hacking or an offence? Sort each situation.",
      },
      bins = {
        { fr = "Autorisé", en = "Allowed" },
        { fr = "Interdit", en = "Forbidden" },
      },
      items = {
        { text = { fr = "Résoudre les épreuves d’un CTF en ligne, comme le FCSC", en = "Solving the challenges of an online CTF, such as the FCSC" }, bin = 1 },
        { text = { fr = "Tester un site listé dans un bug bounty, selon ses règles", en = "Testing a site listed in a bug bounty, by its rules" }, bin = 1 },
        { text = { fr = "Auditer le serveur d’un client, contrat signé et périmètre écrit", en = "Auditing a client’s server, with a signed contract and written scope" }, bin = 1 },
        { text = { fr = "Attaquer une machine virtuelle installée chez soi", en = "Attacking a virtual machine you set up at home" }, bin = 1 },
        { text = { fr = "Tester un sous-domaine absent du périmètre du bug bounty", en = "Testing a subdomain left out of the bug bounty’s scope" }, bin = 2 },
        { text = { fr = "Se connecter au Wi-Fi protégé du voisin, « juste pour voir »", en = "Getting onto the neighbour’s protected Wi-Fi, “just to look”" }, bin = 2 },
        { text = { fr = "Se connecter avec le mot de passe d’un collègue parti", en = "Logging in with the password of a colleague who has left" }, bin = 2 },
        { text = { fr = "Chercher les failles du site de la mairie, pour les lui signaler", en = "Probing the town hall’s website for flaws, to report them" }, bin = 2 },
      },
      explain = {
        fr = "Ce qui rend un test légal, c’est l’autorisation, pas la bonne intention : une plateforme de CTF faite pour ça, les règles écrites d’un bug bounty, un contrat, ou votre propre matériel. Hors du périmètre autorisé, même pour rendre service, le test peut être un accès frauduleux (article 323-1).",
        en = "What makes a test legal is permission, not good intentions: a CTF platform built for it, a bug bounty’s written rules, a contract, or your own equipment. Outside the authorised scope, even to help, the test may be fraudulent access (article 323-1).",
      },
      source = "Académie de Strasbourg, SSI — « La cybercriminalité » — https://ssi.ac-strasbourg.fr/referentiels/le-juridique/les-themes/la-cybercriminalite/",
      time = 75,
    },
    -- 3. Recognise Base64 (and learn that it hides nothing).
    {
      id = "base64",
      kind = "input",
      prompt = {
        fr = "Un cookie du site d’Orvelle contient « VklHSUV7UEFTX1NFQ1JFVH0= ». Rien que A–Z, a–z, 0–9, + et / (64 signes), et un = à la fin. Quel est cet encodage ? Tapez son nom.",
        en = "A cookie on Orvelle’s site holds “VklHSUV7UEFTX1NFQ1JFVH0=”. Only A–Z, a–z, 0–9, + and / (64 signs), and an = at the end. What encoding is this? Type its name.",
      },
      accept = { "base64", "base 64", "base-64", "b64" },
      explain = {
        fr = "C’est du Base64 : chaque groupe de 3 octets devient 4 caractères pris parmi 64, et « = » complète la fin. C’est un encodage, pas un chiffrement : n’importe qui le décode, sans clé. Ici : VIGIE{PAS_SECRET}. Un secret « caché » en Base64 est un secret en clair.",
        en = "It is Base64: each group of 3 bytes becomes 4 characters out of 64, and “=” pads the end. It is an encoding, not encryption: anyone decodes it, with no key. Here: VIGIE{PAS_SECRET}. A secret “hidden” in Base64 is a secret in plain sight.",
      },
      source = "IETF — « RFC 4648 : The Base16, Base32, and Base64 Data Encodings » — https://datatracker.ietf.org/doc/rfc4648/",
      time = 60,
    },
    -- 4. Decode hexadecimal on paper.
    {
      id = "hexa",
      kind = "input",
      prompt = {
        fr = "Un fichier d’Orvelle cache « 42 52 41 56 4F ». Chaque paire est une lettre en hexadécimal : 41 = A, 42 = B… 49 = I, 4A = J… 4F = O, 50 = P… 5A = Z. Quel mot ?",
        en = "An Orvelle file hides “42 52 41 56 4F”. Each pair is a letter in hexadecimal: 41 = A, 42 = B… 49 = I, 4A = J… 4F = O, 50 = P… 5A = Z. What word?",
      },
      accept = { "BRAVO", "VIGIE{BRAVO}" },
      explain = {
        fr = "42 = B, 52 = R, 41 = A, 56 = V, 4F = O : BRAVO. L’hexadécimal compte en base 16 (0 à 9, puis A à F) : un octet s’écrit en deux chiffres. Dans la table ASCII, A vaut 41 en hexadécimal (65 en décimal) et les lettres se suivent. Comme le Base64, ça se relit sans clé.",
        en = "42 = B, 52 = R, 41 = A, 56 = V, 4F = O: BRAVO. Hexadecimal counts in base 16 (0 to 9, then A to F): one byte is two digits. In the ASCII table, A is 41 in hexadecimal (65 in decimal) and the letters follow in order. Like Base64, it reads back with no key.",
      },
      source = "IETF — « RFC 4648 : The Base16, Base32, and Base64 Data Encodings » (Base16) — https://datatracker.ietf.org/doc/rfc4648/",
      time = 150,
    },
    -- 5. A Caesar shift, found from a known word.
    {
      id = "cesar",
      kind = "input",
      prompt = {
        fr = "Message intercepté : « YLJLH{MXOHV} ». Chaque lettre a été décalée du même nombre de rangs dans l’alphabet. Indice : YLJLH cache VIGIE. Quel est le drapeau ?",
        en = "Intercepted message: “YLJLH{MXOHV}”. Each letter was shifted by the same number of places in the alphabet. Hint: YLJLH hides VIGIE. What is the flag?",
      },
      accept = { "VIGIE{JULES}", "JULES" },
      explain = {
        fr = "V → Y : le décalage est de 3. En reculant de 3 : M → J, X → U, O → L, H → E, V → S : VIGIE{JULES}. C’est le chiffre de César ; ROT13 en est le cas à 13 rangs. Avec 25 décalages possibles, un mot connu suffit à le casser.",
        en = "V → Y: the shift is 3. Going back 3: M → J, X → U, O → L, H → E, V → S: VIGIE{JULES}. This is the Caesar cipher; ROT13 is its 13-place case. With only 25 possible shifts, one known word is enough to break it.",
      },
      source = "123calculus — « Chiffre de César » — https://123calculus.com/chiffrement-cesar-page-88-10-100.html",
      time = 120,
    },
    -- 6. Secrets left in a page's source.
    {
      id = "code-source",
      kind = "hotspot",
      prompt = {
        fr = "Mission autorisée : vous lisez le code source de la page de recette d’Orvelle. Touchez ce qui ne devrait jamais être envoyé au visiteur, puis validez.",
        en = "An authorised mission: you read the source of Orvelle’s staging page. Tap what should never be sent to a visitor, then submit.",
      },
      browser = {
        url = "view-source:https://recette.orvelle.example/connexion",
        title = { fr = "Orvelle — Espace client (recette)", en = "Orvelle — Customer area (staging)" },
        body = {
          "<form action=\"/connexion\" method=\"post\">",
          {
            text = "<!-- TODO retirer : compte test admin / Orvelle2026! -->",
            clue = { fr = "Un identifiant et son mot de passe, lisibles par tous.", en = "A username and its password, readable by anyone." },
          },
          "<label>Identifiant</label> <input name=\"login\">",
          {
            text = "<!-- API interne : http://10.0.4.12:8080/v1 -->",
            clue = { fr = "L’adresse d’un serveur interne : une piste pour un attaquant.", en = "An internal server’s address: a lead for an attacker." },
          },
          "<button type=\"submit\">Se connecter</button>",
        },
      },
      explain = {
        fr = "Un commentaire HTML (<!-- … -->) ne s’affiche pas, mais il est envoyé à chaque visiteur : le mot de passe de test et l’adresse du serveur interne sont lisibles par tous. Réflexe de CTF : afficher le code source (Ctrl+U sur PC). Réflexe de développeur : rien de secret dans une page.",
        en = "An HTML comment (<!-- … -->) is not displayed, but it is sent to every visitor: the test password and the internal server’s address are readable by anyone. CTF reflex: view the source (Ctrl+U on a PC). Developer reflex: nothing secret in a page.",
      },
      source = "squirrelscan — « HTML comments: what leaks in markup visitors never see » — https://docs.squirrelscan.com/rules/security/html-comment-exposure",
      time = 90,
    },
    -- 7. The impossible-travel login in a log.
    {
      id = "journal",
      kind = "hotspot",
      prompt = {
        fr = "Analyste SOC d’un jour : dans ce journal de connexions, touchez la connexion la plus suspecte, puis validez.",
        en = "SOC analyst for a day: in this sign-in log, tap the most suspicious sign-in, then submit.",
      },
      document = {
        letterhead = { text = { fr = "Orvelle — journal des connexions", en = "Orvelle — sign-in log" }, detail = { fr = "Messagerie · extrait du 12 mars 2026", en = "Webmail · extract of 12 March 2026" } },
        lines = {
          { text = "07:58 · c.diallo · Lyon", amount = { fr = "réussie", en = "success" } },
          { text = "08:03 · m.nguyen · Lyon", amount = { fr = "échec (1)", en = "failed (1)" } },
          { text = "08:04 · m.nguyen · Lyon", amount = { fr = "réussie", en = "success" } },
          { text = "08:11 · j.moreau · Lyon", amount = { fr = "réussie", en = "success" } },
          {
            text = { fr = "08:13 · j.moreau · Singapour", en = "08:13 · j.moreau · Singapore" },
            amount = { fr = "réussie", en = "success" },
            clue = { fr = "Lyon puis Singapour en 2 minutes : un trajet impossible.", en = "Lyon then Singapore in 2 minutes: an impossible journey." },
          },
          { text = "08:20 · a.roux · Lille", amount = { fr = "réussie", en = "success" } },
        },
      },
      explain = {
        fr = "j.moreau se connecte de Lyon à 08:11, puis de Singapour à 08:13 : personne ne fait ce trajet en deux minutes. C’est un « voyage impossible » : quelqu’un d’autre utilise peut-être son mot de passe (un VPN peut aussi changer le pays : on vérifie avec lui). Un échec isolé suivi d’une réussite peut n’être qu’une faute de frappe.",
        en = "j.moreau signs in from Lyon at 08:11, then from Singapore at 08:13: nobody makes that trip in two minutes. This is “impossible travel”: someone else may be using the password (a VPN can also change the country: check with the user). One failure followed by a success may be just a typo.",
      },
      source = "Curity — « Geolocation Impossible Journey Action » — https://curity.io/docs/idsvr/latest/authentication-service-admin-guide/authentication-actions/impossible-journey.html",
      time = 75,
    },
    -- 8. Deduce which account was reused.
    {
      id = "compte-reutilise",
      kind = "hotspot",
      prompt = {
        fr = "Le mot de passe d’un forum a fuité. Le lendemain, il ouvre un webmail d’Orvelle, sans second facteur. Touchez le seul compte possible, puis validez.",
        en = "A forum’s password leaked. The next day it opens an Orvelle webmail, with no second factor. Tap the only possible account, then submit.",
      },
      document = {
        letterhead = { text = { fr = "Fiche d’enquête", en = "Investigation sheet" }, detail = "velo-forum.example → webmail.orvelle.example" },
        body = {
          { fr = "Trois personnes d’Orvelle sont dans la fuite du forum.", en = "Three Orvelle staff are in the forum leak." },
        },
        lines = {
          { text = { fr = "Inès — le même mot de passe partout", en = "Inès — the same password everywhere" }, amount = { fr = "double authentification", en = "two-factor on" } },
          {
            text = { fr = "Karim — le même mot de passe partout", en = "Karim — the same password everywhere" },
            amount = { fr = "mot de passe seul", en = "password only" },
            clue = { fr = "Même mot de passe et aucun second facteur : c’est lui.", en = "Same password and no second factor: it is him." },
          },
          { text = { fr = "Sonia — un mot de passe par site (gestionnaire)", en = "Sonia — one password per site (manager)" }, amount = { fr = "mot de passe seul", en = "password only" } },
        },
      },
      explain = {
        fr = "Inès est écartée : sans son second facteur, son mot de passe ne suffit pas. Sonia aussi : le mot de passe du forum n’est pas celui d’Orvelle. Reste Karim. C’est le « credential stuffing » : les identifiants d’une fuite sont essayés ailleurs. Un mot de passe par site et la double authentification l’arrêtent.",
        en = "Inès is ruled out: without her second factor, her password is not enough. So is Sonia: the forum password is not her Orvelle one. Karim is left. This is credential stuffing: leaked credentials are tried elsewhere. One password per site and two-factor stop it.",
      },
      source = "OWASP Top 10 — « A07:2021 – Identification and Authentication Failures » — https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/",
      time = 90,
    },
    -- 9. A phishing mail's real sender.
    {
      id = "vrai-expediteur",
      kind = "hotspot",
      prompt = {
        fr = "Le vrai domaine d’Orvelle est orvelle.example. Survolez le lien sans cliquer pour lire son adresse. Touchez chaque élément qui trahit l’origine réelle du message, puis validez.",
        en = "Orvelle’s real domain is orvelle.example. Hover over the link without clicking to read its address. Tap each part that gives away where the message really comes from, then submit.",
      },
      mail = {
        from = {
          name = { fr = "Service informatique Orvelle", en = "Orvelle IT department" },
          address = "support@orvelle-securite.example",
          clue = { fr = "Le nom affiché dit Orvelle, le domaine n’est pas orvelle.example.", en = "The display name says Orvelle; the domain is not orvelle.example." },
        },
        reply_to = {
          address = "orvelle.helpdesk@boite-mail.example",
          clue = { fr = "Les réponses partiraient vers une messagerie grand public.", en = "Replies would go to a public webmail." },
        },
        subject = { fr = "Migration de votre messagerie", en = "Your mailbox is moving" },
        date = { fr = "12/03/2026 09:20", en = "12/03/2026 09:20" },
        body = {
          { fr = "Bonjour, nous migrons la messagerie vers un nouveau serveur ce week-end.", en = "Hello, we are moving the mail system to a new server this weekend." },
          { fr = "Merci de vérifier votre compte avec le lien ci-dessous.", en = "Please check your account with the link below." },
        },
        links = {
          {
            text = { fr = "Vérifier mon compte", en = "Check my account" },
            url = "https://orvelle.example.connexion-verif.example/login",
            clue = { fr = "Le site réel est connexion-verif.example ; orvelle.example n’est qu’un préfixe.", en = "The real site is connexion-verif.example; orvelle.example is only a prefix." },
          },
        },
      },
      explain = {
        fr = "Le nom affiché s’écrit librement, et même l’adresse peut être falsifiée. Lisez le domaine, juste après le @ : ici l’expéditeur, l’adresse de réponse et le lien mènent tous hors d’orvelle.example. Dans un lien, le site est la fin du nom écrit entre https:// et le / suivant : le début peut n’être qu’un préfixe trompeur.",
        en = "The display name can be anything, and even the address can be forged. Read the domain, right after the @: here the sender, the reply-to and the link all lead outside orvelle.example. In a link, the site is the end of the name between https:// and the next /: the start can be a misleading prefix.",
      },
      source = "Académie de Nancy-Metz, SSI — « Messagerie électronique » — https://ssi.ac-nancy-metz.fr/messagerie-electronique",
      time = 75,
    },
    -- 10. Where to play legally.
    {
      id = "ou-jouer",
      kind = "multi",
      prompt = {
        fr = "Vous voulez progresser en toute légalité. Lesquels sont des terrains de jeu autorisés ?",
        en = "You want to improve, legally. Which of these are allowed playgrounds?",
      },
      choices = {
        { fr = "Le France Cybersecurity Challenge (FCSC) de l’ANSSI", en = "ANSSI’s France Cybersecurity Challenge (FCSC)" },
        { fr = "« Passe ton hack d’abord », le CTF des lycéens et des BTS", en = "“Passe ton hack d’abord”, the CTF for lycée and BTS students" },
        { fr = "Le site d’une grande enseigne, tant qu’on ne vole rien", en = "A big retailer’s website, as long as you steal nothing" },
        { fr = "Le réseau de votre école ou de votre employeur, le soir", en = "Your school’s or employer’s network, in the evening" },
      },
      correct = { 1, 2 },
      explain = {
        fr = "Le FCSC est ouvert à tous : l’ANSSI y choisit, parmi les 14–25 ans éligibles, la Team France de l’European Cybersecurity Challenge. « Passe ton hack d’abord », du ministère des Armées et de l’Éducation nationale, réunit chaque année depuis 2023 des équipes de lycéens et d’étudiants. Le reste, sans autorisation écrite, est interdit.",
        en = "ANSSI’s FCSC is open to everyone: through it ANSSI picks, among eligible 14 to 25-year-olds, Team France for the European Cybersecurity Challenge. “Passe ton hack d’abord”, run by the French armed forces and education ministries, has brought together teams of lycée and BTS students every year since 2023. The rest, with no written permission, is forbidden.",
      },
      source = "ANSSI — « Se former par le jeu avec les « CTF » de l’ANSSI » — https://www.ssi.gouv.fr/se-former-par-le-jeu-avec-les-ctf-de-lanssi",
      time = 45,
    },
  },
}
