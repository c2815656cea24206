-- Level "comptes-et-cles" of the lycee pack (high-school students, a 10–15 minute class round).
-- Teaches: what two-factor login is and what a texted code does and does not stop; a passphrase
-- of at least 7 random words (the CNIL's example when a passphrase alone protects an account),
-- built until the game's meter says « Très solide » (80 bits, usually about 7 common words: the
-- estimator's verdict depends on the words); a password manager; a fake login page asking for the
-- texted code (web-page mock-up) and reading its real domain (typed answer); reuse and credential
-- stuffing (sort); the steps after a hacked account (order); security questions; a friend's
-- "code sent by mistake" message.
-- Plain data only, no pictures. People, the game PixelArena and every domain are invented
-- (.example). Sources: CNIL, Cybermalveillance.gouv.fr (pages named in each `source`; the
-- sentences that back each claim are in /work/factcheck/i16/comptes-et-cles.sources.md).
-- Written for Vigie, licence CC BY-SA 4.0.
return {
  id = "comptes-et-cles",
  title = { fr = "Mes comptes, mes clés", en = "My accounts, my keys" },
  description = {
    fr = "Double authentification, phrase de passe, gestionnaire, fausse page de connexion, compte piraté : garde la main sur tes comptes.",
    en = "Two-factor login, passphrases, a password manager, a fake login page, a hacked account: stay in control of your accounts.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "deux-facteurs",
      kind = "choice",
      prompt = {
        fr = "Le mot de passe de Noé a fuité, mais il a activé la double authentification. Un pirate l’essaie depuis son ordinateur. Que se passe-t-il ?",
        en = "Noé’s password has leaked, but he turned on two-factor login. An attacker tries it from their own computer. What happens?",
      },
      choices = {
        { fr = "Il est bloqué : il lui manque le code envoyé au téléphone de Noé", en = "They are blocked: they lack the code sent to Noé’s phone" },
        { fr = "Il entre : le bon mot de passe suffit", en = "They get in: the right password is enough" },
        { fr = "Le compte de Noé est supprimé pour le protéger", en = "Noé’s account is deleted to protect it" },
        { fr = "Il entre, mais seulement pour lire", en = "They get in, but can only read" },
      },
      correct = 1,
      explain = {
        fr = "La double authentification demande, à chaque nouvelle connexion, un code que toi seul reçois. Un code que tu n’as pas demandé ? Quelqu’un essaie sans doute d’entrer : ne le donne à personne et change ton mot de passe.",
        en = "Two-factor login asks, at each new sign-in, for a code only you receive. A code you did not ask for? Someone is probably trying to get in: give it to no one and change your password.",
      },
      source = "Cybermalveillance.gouv.fr, « Piratage de compte, que faire ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/piratage-de-compte",
      time = 25,
    },
    {
      id = "ce-que-bloque-le-code",
      kind = "multi",
      prompt = {
        fr = "Ton compte demande un code reçu par SMS en plus du mot de passe. Contre quoi ce code te protège-t-il ?",
        en = "Your account asks for a texted code on top of the password. What does that code protect you from?",
      },
      choices = {
        { fr = "Un pirate qui essaie ton mot de passe volé dans une fuite", en = "An attacker trying your password stolen in a leak" },
        { fr = "Quelqu’un qui devine ton mot de passe trop simple", en = "Someone guessing your too-simple password" },
        { fr = "Une fausse page où tu tapes toi-même le code", en = "A fake page where you type the code yourself" },
        { fr = "Un message qui te demande de renvoyer le code", en = "A message asking you to send the code back" },
      },
      correct = { 1, 2 },
      explain = {
        fr = "Le code bloque qui n’a que ton mot de passe. Mais si tu le donnes, sur une fausse page ou par message, le pirate l’utilise aussitôt : un code de connexion ne se donne à personne.",
        en = "The code stops anyone who only has your password. But if you give it away, on a fake page or by message, the attacker uses it at once: a sign-in code is for no one else.",
      },
      source = "Cybermalveillance.gouv.fr, « Hameçonnage (phishing) » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/hameconnage-phishing",
      time = 30,
    },
    {
      id = "phrase-de-passe",
      kind = "password",
      prompt = {
        fr = "Invente une phrase de passe d’au moins 7 mots pris au hasard, séparés par des espaces. Ajoute des mots jusqu’à ce que le compteur affiche « Très solide ».",
        en = "Make up a passphrase of at least 7 random words, with spaces between them. Add words until the meter says “Very strong”.",
      },
      strength = 4,
      explain = {
        fr = "La CNIL recommande au moins 7 mots quand une phrase de passe protège seule un compte. Ici, avec des mots courants, le compteur passe en général à « Très solide » vers 7 mots. Évite les citations connues : prends des mots sans lien.",
        en = "The CNIL recommends at least 7 words when a passphrase alone protects an account. Here, with common words, the meter usually reaches “Very strong” at about 7 words. Avoid famous quotes: pick unrelated words.",
      },
      source = "CNIL, « Mots de passe : une nouvelle recommandation pour maîtriser sa sécurité » : https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 60,
    },
    {
      id = "gestionnaire",
      kind = "choice",
      prompt = {
        fr = "Maëlle a 30 comptes et ne peut pas retenir 30 phrases de passe. Quelle solution garde un mot de passe différent partout ?",
        en = "Maëlle has 30 accounts and can’t remember 30 passphrases. Which solution keeps a different password everywhere?",
      },
      choices = {
        { fr = "Un gestionnaire de mots de passe, ouvert par une seule phrase de passe", en = "A password manager, opened with one passphrase" },
        { fr = "Une note « mdp » dans son téléphone", en = "A note called “passwords” on her phone" },
        { fr = "Le même mot de passe, avec le nom du site à la fin", en = "The same password, with the site’s name at the end" },
        { fr = "Un carnet glissé dans sa trousse", en = "A notebook slipped into her pencil case" },
      },
      correct = 1,
      explain = {
        fr = "Un gestionnaire crée et retient un mot de passe différent pour chaque site ; tu n’en retiens qu’un, très solide, pour l’ouvrir. Un même mot de passe décliné par site se devine dès que l’un d’eux fuite.",
        en = "A manager creates and remembers a different password for each site; you remember just one, very strong, to open it. One password varied per site is guessed as soon as one leaks.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mots de passe » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe",
      time = 25,
    },
    {
      id = "fausse-page",
      kind = "hotspot",
      prompt = {
        fr = "Sofia clique sur un lien reçu par message et arrive ici. Le site du jeu est pixelarena.example. Touche ce qui doit l’alerter, puis valide.",
        en = "Sofia taps a link she got in a message and lands here. The game’s site is pixelarena.example. Tap what should warn her, then submit.",
      },
      browser = {
        url = {
          text = "https://pixelarena.example.pxa-id.example/login",
          clue = {
            fr = "Le vrai domaine est pxa-id.example : le nom du jeu devant ne prouve rien.",
            en = "The real domain is pxa-id.example: the game’s name in front is no proof.",
          },
        },
        body = {
          {
            text = {
              fr = "Connexion inhabituelle : confirme sous 5 minutes ou ton compte sera bloqué.",
              en = "Unusual sign-in: confirm within 5 minutes or your account will be locked.",
            },
            clue = {
              fr = "Une menace et un délai très court, pour te faire agir sans réfléchir.",
              en = "A threat and a very short deadline, to rush you.",
            },
          },
        },
        fields = {
          { fr = "Pseudo", en = "Username" },
          { fr = "Mot de passe", en = "Password" },
          {
            text = { fr = "Code reçu par SMS", en = "Code you got by text" },
            clue = {
              fr = "Le code sur une page ouverte par un lien : le pirate s’en sert aussitôt.",
              en = "The code, on a page opened from a link: the attacker uses it at once.",
            },
          },
        },
        button = { fr = "Se connecter", en = "Sign in" },
      },
      explain = {
        fr = "Trois indices : l’adresse, la menace avec délai, et la demande du code SMS. Ne tape rien sur une page ouverte par un lien : ouvre toi-même l’appli ou le site du jeu.",
        en = "Three clues: the address, the threat with a deadline, and the request for the texted code. Type nothing on a page opened from a link: open the game’s app or site yourself.",
      },
      source = "Cybermalveillance.gouv.fr, « Hameçonnage (phishing) » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/hameconnage-phishing",
      time = 60,
    },
    {
      id = "vrai-domaine",
      kind = "input",
      prompt = {
        fr = "Dans l’adresse pixelarena.example.pxa-id.example/login, le vrai domaine, ce sont ici les deux derniers morceaux avant le premier « / ». Tape-le.",
        en = "In the address pixelarena.example.pxa-id.example/login, the real domain is here the last two parts before the first “/”. Type it.",
      },
      accept = { "pxa-id.example" },
      explain = {
        fr = "Repère le premier « / » (après https://), puis lis vers la gauche : le vrai site est pxa-id.example. Tout ce qui est devant n’est qu’un décor choisi par le pirate.",
        en = "Find the first “/” (after https://), then read leftwards: the real site is pxa-id.example. Everything in front is decoration the attacker chose.",
      },
      source = "Cybermalveillance.gouv.fr, « Hameçonnage (phishing) » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/hameconnage-phishing",
      time = 40,
    },
    {
      id = "bourrage",
      kind = "sort",
      prompt = {
        fr = "Un site de jeu s’est fait voler ses mots de passe. Les pirates les essaient sur d’autres sites. Classe chaque habitude.",
        en = "A gaming site had its passwords stolen. Attackers try them on other sites. Sort each habit.",
      },
      bins = {
        { fr = "Les pirates entrent", en = "Attackers get in" },
        { fr = "Ça les bloque", en = "It stops them" },
      },
      items = {
        { text = { fr = "Le même mot de passe pour le jeu et ta messagerie", en = "The same password for the game and your email" }, bin = 1 },
        { text = { fr = "Le mot de passe du jeu, avec un 2 à la fin, pour ta messagerie", en = "The game’s password, with a 2 at the end, for your email" }, bin = 1 },
        { text = { fr = "Garder un mot de passe déjà volé, « parce qu’il est long »", en = "Keeping a stolen password “because it is long”" }, bin = 1 },
        { text = { fr = "Un mot de passe différent par compte, dans un gestionnaire", en = "A different password per account, in a manager" }, bin = 2 },
        { text = { fr = "La double authentification sur ta messagerie", en = "Two-factor login on your email" }, bin = 2 },
        { text = { fr = "Changer ce mot de passe partout où il servait", en = "Changing that password everywhere it was used" }, bin = 2 },
      },
      explain = {
        fr = "Un mot de passe volé est essayé partout, même un peu modifié. Un mot de passe par compte limite la fuite au seul site piraté, et la double authentification bloque le reste.",
        en = "A stolen password is tried everywhere, even slightly changed. One password per account limits the leak to the hacked site, and two-factor login stops the rest.",
      },
      source = "Cybermalveillance.gouv.fr, « Piratage de compte, que faire ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/piratage-de-compte",
      time = 50,
    },
    {
      id = "compte-pirate",
      kind = "order",
      prompt = {
        fr = "Léa voit des messages qu’elle n’a pas écrits, mais peut encore se connecter. Remets ses gestes dans l’ordre conseillé.",
        en = "Léa sees messages she didn’t write, but can still sign in. Put her steps in the advised order.",
      },
      items = {
        { fr = "Vérifier l’e-mail et le numéro de récupération du compte", en = "Check the account’s recovery email and phone number" },
        { fr = "Changer le mot de passe pour un solide et unique", en = "Change the password to a strong, unique one" },
        { fr = "Activer la double authentification", en = "Turn on two-factor login" },
        { fr = "Changer ce mot de passe sur ses autres comptes", en = "Change that password on her other accounts" },
        { fr = "Prévenir ses contacts par un autre moyen (appel, SMS)", en = "Warn her contacts another way (call, text)" },
      },
      explain = {
        fr = "D’abord fermer les portes au pirate : les adresses de récupération qu’il a pu ajouter, puis le mot de passe et la double authentification. Ensuite les autres comptes, et les contacts, par un autre moyen que le compte piraté.",
        en = "First shut the attacker out: any recovery details they may have added, then the password and two-factor login. Then the other accounts, and the contacts, another way than the hacked account.",
      },
      source = "Cybermalveillance.gouv.fr, « Piratage de compte, que faire ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/piratage-de-compte",
      time = 55,
    },
    {
      id = "question-secrete",
      kind = "choice",
      prompt = {
        fr = "Un site demande à Inès une question de secours : « Nom de ton premier animal ? ». Son chat Moka est sur toutes ses photos publiques. Que répondre ?",
        en = "A site asks Inès a recovery question: “Name of your first pet?”. Her cat Moka is in all her public photos. What should she answer?",
      },
      choices = {
        { fr = "Une réponse que personne ne peut deviner, gardée dans son gestionnaire", en = "An answer nobody can guess, kept in her password manager" },
        { fr = "« Moka », pour être sûre de s’en souvenir", en = "“Moka”, to be sure she remembers it" },
        { fr = "« Moka2009 », avec son année de naissance", en = "“Moka2009”, with her birth year" },
      },
      correct = 1,
      explain = {
        fr = "La réponse à une question de secours ouvre le compte comme un mot de passe. Si elle se lit sur ton profil, n’importe qui peut s’en servir : choisis une réponse sans lien avec ta vie publique.",
        en = "The answer to a recovery question opens the account like a password. If it can be read on your profile, anyone can use it: pick an answer unrelated to your public life.",
      },
      source = "CNIL, « Mots de passe : une nouvelle recommandation pour maîtriser sa sécurité » : https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 25,
    },
    {
      id = "code-ami",
      kind = "truefalse",
      prompt = {
        fr = "Sami reçoit un code par SMS, puis un message de son amie Jade : « Je t’ai envoyé un code par erreur, tu me le renvoies ? ». Il peut le lui renvoyer.",
        en = "Sami gets a code by text, then a message from his friend Jade: “I sent you a code by mistake, can you send it back?”. He can send it to her.",
      },
      correct = false,
      explain = {
        fr = "Le compte de Jade est sans doute piraté : ce code sert à ouvrir le compte de Sami sur un autre téléphone. Un code reçu par SMS ne se donne à personne, même à un ami : préviens Jade par un autre moyen, un appel par exemple.",
        en = "Jade’s account is probably hacked: this code is for opening Sami’s account on another phone. A code you get by text is for no one else, not even a friend: warn Jade another way, a call for instance.",
      },
      source = "Dossier Familial, 2021, « WhatsApp : gare à l’arnaque… » : https://www.dossierfamilial.com/actualites/vie-pratique/whatsapp-gare-a-larnaque-destinee-a-vous-voler-lacces-a-votre-compte-880497",
      time = 25,
    },
  },
}
