-- Level "arnaques-dans-les-jeux" of the lycee pack (high-school students, a 10-15 minute round).
-- Teaches: "free gems" generators that want your login or an install, cheats and mods from unknown
-- sources, a "gift" or an account trade offered by a stranger, a fake tournament post, phishing in
-- a game's chat, what to do when your game account is stolen (the order of Cybermalveillance.gouv.fr's
-- fiche), two-factor authentication, a login code given to nobody, the purchase nudges of free games
-- and the setting that asks for a password before each purchase.
-- Hands-on: a fake generator web page, a game chat and a tournament post (hotspots), a sort
-- (safe / risky), an order (account stolen), a typed answer.
-- Everything is invented: the game "Astra Quest", its "gemmes", players, sites (.example).
-- Sources (each question's `source` names its page): Cybermalveillance.gouv.fr (« Piratage de
-- compte, que faire ? », its phishing diagnosis, its two-factor video), the CNIL's advice on free
-- games (as published on jeunes.gouv.fr), Pédagojeux (« Achats intégrés »). Every claim and the sentence behind it:
-- /work/factcheck/i16/arnaques-dans-les-jeux.sources.md. No picture.
-- Licence: CC BY-SA 4.0.
return {
  id = "arnaques-dans-les-jeux",
  title = { fr = "Triches et monnaie gratuite", en = "Cheats and free currency" },
  description = {
    fr = "Gemmes gratuites, mods de triche, cadeaux d’inconnus, faux tournois : repère les pièges des jeux en ligne et garde ton compte.",
    en = "Free gems, cheat mods, gifts from strangers, fake tournaments: spot the traps of online games and keep your account.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "generateur",
      kind = "hotspot",
      prompt = {
        fr = "Sacha cherche « gemmes gratuites Astra Quest » et tombe sur cette page. Le site du jeu est astraquest.example. Appuie sur chaque piège, puis valide.",
        en = "Sacha searches “free Astra Quest gems” and lands on this page. The game’s site is astraquest.example. Tap every trap, then submit.",
      },
      browser = {
        url = {
          text = "https://astraquest-gemmes.example/generateur",
          clue = {
            fr = "Ce n’est pas astraquest.example, le site du jeu.",
            en = "This is not astraquest.example, the game’s site.",
          },
        },
        title = { fr = "Générateur de gemmes", en = "Gem generator" },
        body = {
          {
            text = {
              fr = "Génère jusqu’à 10 000 gemmes gratuites en 1 minute !",
              en = "Generate up to 10,000 free gems in 1 minute!",
            },
            clue = {
              fr = "Des gemmes « gratuites » à volonté : l’appât.",
              en = "Unlimited “free” gems: the bait.",
            },
          },
          {
            text = {
              fr = "Entre ton identifiant et ton mot de passe Astra Quest.",
              en = "Enter your Astra Quest username and password.",
            },
            clue = {
              fr = "Le but : voler ton compte avec ton mot de passe.",
              en = "The goal: steal your account with your password.",
            },
          },
          {
            text = {
              fr = "Dernière étape : installe GemBoost.apk pour valider.",
              en = "Last step: install GemBoost.apk to confirm.",
            },
            clue = {
              fr = "Une appli hors du magasin officiel peut cacher un virus.",
              en = "An app from outside the official store may hide malware.",
            },
          },
        },
        button = { fr = "Générer", en = "Generate" },
      },
      explain = {
        fr = "Aucun site ne « génère » de monnaie de jeu : ces pages volent ton compte ou te font installer un programme piégé. La monnaie s’achète ou se gagne dans le jeu. Vérifie toujours l’adresse : si ce n’est pas exactement le site du jeu, ferme la page.",
        en = "No site “generates” game currency: these pages steal your account or make you install a rigged program. Currency is bought or earned inside the game. Always check the address: if it is not exactly the game’s site, close the page.",
      },
      source = "Cybermalveillance.gouv.fr, « Hameçonnage : que dois-je faire ? » — https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 75,
    },
    {
      id = "chat-du-jeu",
      kind = "hotspot",
      prompt = {
        fr = "Pendant une partie, Inès reçoit ce message dans le chat d’Astra Quest. Appuie sur ce qui doit l’alerter, puis valide.",
        en = "During a match, Inès gets this message in the Astra Quest chat. Tap what should warn her, then submit.",
      },
      chat = {
        app = "Astra Quest",
        channel = { fr = "Message privé", en = "Private message" },
        from = {
          name = "Modo_AstraQuest",
          detail = { fr = "Joueur", en = "Player" },
          clue = {
            fr = "Un simple joueur qui se fait appeler « Modo ».",
            en = "An ordinary player who calls himself “Mod”.",
          },
        },
        date = "21:12",
        messages = {
          { fr = "Salut Inès, tu as gagné le tournoi surprise !", en = "Hi Inès, you won the surprise tournament!" },
          {
            text = {
              fr = "Récupère tes 5 000 gemmes avant 22 h, sinon elles sont perdues.",
              en = "Claim your 5,000 gems before 10 pm, or they are lost.",
            },
            clue = {
              fr = "Un délai court pour te presser.",
              en = "A short deadline to rush you.",
            },
          },
          {
            text = {
              fr = "Envoie-moi aussi le code reçu par SMS, c’est pour vérifier.",
              en = "Also send me the code you get by text, it’s to check.",
            },
            clue = {
              fr = "Un code de connexion ne se donne à personne.",
              en = "A login code is given to nobody.",
            },
          },
        },
        links = {
          {
            text = "astra-cadeaux.example/login",
            url = "https://astra-cadeaux.example/login",
            clue = {
              fr = "Un faux site de connexion, pas astraquest.example.",
              en = "A fake login site, not astraquest.example.",
            },
          },
        },
      },
      explain = {
        fr = "Un faux modérateur, l’urgence, un lien vers un autre site et ton code SMS : c’est de l’hameçonnage. Un gain s’affiche dans le jeu lui-même. Dans le doute, ouvre le jeu toi-même ou écris à son support officiel, puis signale le joueur.",
        en = "A fake moderator, urgency, a link to another site and your texted code: it is phishing. A real prize shows up inside the game itself. When in doubt, open the game yourself or write to its official support, then report the player.",
      },
      source = "Cybermalveillance.gouv.fr, « Hameçonnage : que dois-je faire ? » — https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 70,
    },
    {
      id = "mod-triche",
      kind = "choice",
      prompt = {
        fr = "Une vidéo montre un mod de triche pour Astra Quest : vies infinies. Le lien de téléchargement est dans les commentaires. Que fais-tu ?",
        en = "A video shows a cheat mod for Astra Quest: infinite lives. The download link is in the comments. What do you do?",
      },
      choices = {
        { fr = "Je ne l’installe pas : sa source est inconnue", en = "I don’t install it: its source is unknown" },
        { fr = "Je l’installe si la vidéo a beaucoup de vues", en = "I install it if the video has lots of views" },
        { fr = "Je l’installe, puis je lance un antivirus", en = "I install it, then run an antivirus scan" },
      },
      correct = 1,
      explain = {
        fr = "Un programme venu d’un lien inconnu peut contenir un virus ou voler ton compte, et les vues ne prouvent rien. Un antivirus lancé après coup ne rend pas un compte volé. La CNIL conseille d’éviter les applis non officielles et de sources inconnues : installe seulement depuis le magasin officiel.",
        en = "A program from an unknown link may carry a virus or steal your account, and views prove nothing. An antivirus scan afterwards does not give back a stolen account. The CNIL advises avoiding unofficial apps from unknown sources: install only from the official store.",
      },
      source = "CNIL (jeunes.gouv.fr), « Jeux vidéos gratuits et vos données, les conseils de la CNIL » — https://jeunes.gouv.fr/spip.php?article8946",
      time = 25,
    },
    {
      id = "sur-ou-risque",
      kind = "sort",
      prompt = {
        fr = "Sans risque ou risqué pour ton compte de jeu ? Classe chaque carte.",
        en = "Safe or risky for your game account? Sort each card.",
      },
      bins = {
        { fr = "Sans risque", en = "Safe" },
        { fr = "Risqué", en = "Risky" },
      },
      items = {
        { text = { fr = "Acheter des gemmes dans la boutique du jeu", en = "Buying gems in the game’s own shop" }, bin = 1 },
        { text = { fr = "Télécharger le jeu sur le magasin officiel", en = "Downloading the game from the official store" }, bin = 1 },
        { text = { fr = "Un mot de passe utilisé pour ce jeu seulement", en = "A password used for this game only" }, bin = 1 },
        { text = { fr = "Activer la double authentification", en = "Turning on two-factor authentication" }, bin = 1 },
        { text = { fr = "Prêter son compte à un inconnu qui « monte ton niveau »", en = "Lending your account to a stranger who “levels you up”" }, bin = 2 },
        { text = { fr = "Donner son mot de passe à un générateur de gemmes", en = "Giving your password to a gem generator" }, bin = 2 },
        { text = { fr = "Installer un mod trouvé dans un commentaire", en = "Installing a mod found in a comment" }, bin = 2 },
        { text = { fr = "Réutiliser le mot de passe de ton compte mail", en = "Reusing your email account’s password" }, bin = 2 },
      },
      explain = {
        fr = "Ton compte reste à toi si ton mot de passe reste à toi : unique pour le jeu, jamais prêté, jamais tapé ailleurs que dans le jeu ou sur son site officiel. Achète et télécharge seulement sur les boutiques officielles.",
        en = "Your account stays yours if your password stays yours: unique to the game, never lent, never typed anywhere but in the game or on its official site. Buy and download only from the official shops.",
      },
      source = "CNIL (jeunes.gouv.fr), « Jeux vidéos gratuits et vos données, les conseils de la CNIL » — https://jeunes.gouv.fr/spip.php?article8946",
      time = 55,
    },
    {
      id = "cadeau-inconnu",
      kind = "choice",
      prompt = {
        fr = "Un joueur inconnu veut t’offrir un skin rare. « Donne-moi juste ton identifiant et ton mot de passe pour que je te l’envoie. » Que fais-tu ?",
        en = "A stranger in the game wants to give you a rare skin. “Just give me your username and password so I can send it.” What do you do?",
      },
      choices = {
        { fr = "Je refuse : personne n’a besoin de mon mot de passe", en = "I refuse: nobody needs my password" },
        { fr = "Je le donne, puis je change mon mot de passe juste après", en = "I give it, then change my password right after" },
        { fr = "J’accepte s’il a un meilleur niveau que moi", en = "I accept if he has a higher level than me" },
      },
      correct = 1,
      explain = {
        fr = "Pour offrir quelque chose, ton pseudo suffit. Avec ton mot de passe, l’inconnu prend ton compte et tout ce que tu as gagné, et « juste après » peut être trop tard : il peut changer le mot de passe et le mail de récupération avant toi. Si tu l’as déjà donné, change-le tout de suite, partout où tu l’utilisais.",
        en = "To give you something, your player name is enough. With your password, the stranger takes your account and everything you have earned, and “right after” may be too late: he can change the password and the recovery email before you do. If you already gave it, change it at once, everywhere you used it.",
      },
      source = "Cybermalveillance.gouv.fr, « Hameçonnage : que dois-je faire ? » — https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 25,
    },
    {
      id = "faux-tournoi",
      kind = "hotspot",
      prompt = {
        fr = "Cette publication apparaît dans le fil de Malik. Le compte officiel du jeu est @astraquest. Appuie sur ce qui doit l’alerter, puis valide.",
        en = "This post shows up in Malik’s feed. The game’s official account is @astraquest. Tap what should warn him, then submit.",
      },
      post = {
        author = {
          name = "Astra Quest Cup",
          handle = "@astracup.officiel.2026",
          clue = {
            fr = "Un compte inconnu, pas celui du jeu.",
            en = "An unknown account, not the game’s.",
          },
        },
        date = { fr = "Il y a 2 h", en = "2 h ago" },
        body = {
          {
            text = {
              fr = "Tournoi Astra Quest : 1 000 € au gagnant ! Plus que 3 places, fin ce soir.",
              en = "Astra Quest tournament: €1,000 to the winner! Only 3 places left, ends tonight.",
            },
            clue = {
              fr = "Un gros prix et peu de temps : on te presse.",
              en = "A big prize and little time: they rush you.",
            },
          },
          {
            text = {
              fr = "Inscription : 5 € et ton identifiant de jeu sur notre site.",
              en = "Entry: €5 and your game login on our site.",
            },
            clue = {
              fr = "On veut ton argent et ton compte.",
              en = "They want your money and your account.",
            },
          },
        },
        links = {
          {
            text = "astra-cup.example/inscription",
            url = "https://astra-cup.example/inscription",
            clue = {
              fr = "Un site qui n’est pas astraquest.example.",
              en = "A site that is not astraquest.example.",
            },
          },
        },
        likes = { fr = "842 j’aime · 120 partages", en = "842 likes · 120 shares" },
        comments = {
          { author = "Zoé", text = { fr = "C’est sur le site du jeu ?", en = "Is it on the game’s site?" } },
        },
      },
      explain = {
        fr = "Un vrai tournoi s’annonce sur les comptes officiels du jeu, et ton identifiant ne se tape que dans le jeu ou sur son site officiel. Avant de payer, cherche l’annonce toi-même sur le site ou l’appli du jeu. Les « j’aime » ne prouvent rien.",
        en = "A real tournament is announced on the game’s official accounts, and your login is typed only in the game or on its official site. Before you pay, look for the announcement yourself on the game’s site or app. Likes prove nothing.",
      },
      source = "Cybermalveillance.gouv.fr, « Hameçonnage : que dois-je faire ? » — https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 70,
    },
    {
      id = "compte-vole",
      kind = "order",
      prompt = {
        fr = "Ton compte Astra Quest a été piraté. Mets ces gestes dans l’ordre conseillé par Cybermalveillance.gouv.fr.",
        en = "Your Astra Quest account was hacked. Put these steps in the order Cybermalveillance.gouv.fr advises.",
      },
      items = {
        { fr = "Plus d’accès ? Contacter le support du jeu", en = "Locked out? Contact the game’s support" },
        { fr = "Vérifier le mail et le numéro de récupération", en = "Check the recovery email and phone number" },
        { fr = "Changer le mot de passe, partout où il servait", en = "Change the password, wherever it was used" },
        { fr = "Activer la double authentification", en = "Turn on two-factor authentication" },
        { fr = "Prévenir tes contacts du piratage", en = "Warn your contacts about the hack" },
      },
      explain = {
        fr = "D’abord reprendre la main (support du jeu, mail et numéro de récupération), puis fermer la porte (nouveau mot de passe, double authentification), enfin prévenir tes contacts : le pirate pourrait leur écrire en se faisant passer pour toi.",
        en = "First take back control (the game’s support, recovery email and number), then shut the door (new password, two-factor authentication), then warn your contacts: the hacker could write to them pretending to be you.",
      },
      source = "Cybermalveillance.gouv.fr, « Piratage de compte, que faire ? » — https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/1064",
      time = 60,
    },
    {
      id = "double-auth",
      kind = "truefalse",
      prompt = {
        fr = "Avec la double authentification, un pirate qui n’a volé que ton mot de passe Astra Quest peut quand même se connecter depuis son téléphone.",
        en = "With two-factor authentication, a hacker who stole only your Astra Quest password can still log in from his own phone.",
      },
      correct = false,
      explain = {
        fr = "Faux : sur un appareil inconnu, le jeu demande aussi un code que toi seul reçois. Sans ce code, le pirate est bloqué et tu es prévenu : change alors ton mot de passe tout de suite, et ne donne ce code à personne.",
        en = "False: on an unknown device, the game also asks for a code that only you receive. Without that code the hacker is blocked and you are alerted: then change your password at once, and give that code to nobody.",
      },
      source = "Cybermalveillance.gouv.fr, vidéo « La double authentification » — https://www.dailymotion.com/video/x8nt02t",
      time = 20,
    },
    {
      id = "code-a-qui",
      kind = "input",
      prompt = {
        fr = "Tu reçois par SMS un code de connexion à 6 chiffres. À qui peux-tu le donner ? Réponds en un mot.",
        en = "You get a 6-digit login code by text. Who can you give it to? Answer in one word.",
      },
      accept = { "personne", "a personne", "nobody", "no one", "noone" },
      explain = {
        fr = "À personne : ni à un ami, ni à un « modérateur ». Ce code prouve que c’est bien toi qui te connectes ; celui qui l’a peut entrer dans ton compte. Tu le tapes seulement dans le jeu, quand c’est toi qui te connectes.",
        en = "Nobody: not a friend, not a “moderator”. The code proves it is really you logging in; whoever has it can get into your account. You type it only in the game, when you are the one logging in.",
      },
      source = "Cybermalveillance.gouv.fr, vidéo « La double authentification » — https://www.dailymotion.com/video/x8nt02t",
      time = 25,
    },
    {
      id = "offre-flash",
      kind = "choice",
      prompt = {
        fr = "Juste après ta troisième défaite, le jeu affiche : « −70 % sur 500 gemmes, plus que 10 minutes ! » Que se passe-t-il ?",
        en = "Right after your third defeat, the game shows: “−70% on 500 gems, only 10 minutes left!” What is going on?",
      },
      choices = {
        { fr = "Le jeu profite de ta frustration pour te faire acheter", en = "The game uses your frustration to make you buy" },
        { fr = "Le jeu récompense les joueurs qui perdent", en = "The game rewards players who lose" },
        { fr = "C’est une erreur : le prix est faux", en = "It’s a glitch: the price is wrong" },
      },
      correct = 1,
      explain = {
        fr = "Selon la CNIL, certains jeux gratuits analysent ton comportement (patience, découragement) pour pousser à l’achat, comme les jeux de hasard. Les gemmes coûtent de l’argent réel : fixe-toi un budget et, sur un appareil partagé, fais exiger un mot de passe avant chaque achat (ce réglage n’est pas toujours activé).",
        en = "According to the CNIL, some free games analyse your behaviour (patience, discouragement) to push purchases, like gambling games. Gems cost real money: set yourself a budget and, on a shared device, require a password before each purchase (this setting is not always on).",
      },
      source = "CNIL « Jeux vidéos gratuits et vos données » https://jeunes.gouv.fr/spip.php?article8946 ; Pédagojeux « Achats intégrés » http://www.pedagojeux.fr/accompagner-mon-enfant/achats-integres/",
      time = 25,
    },
  },
}
