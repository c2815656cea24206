-- Level "arnaques-en-action" of the lycee pack (high-school students, a 10–15 minute round).
-- Teaches, hands-on: find the clues in an e-mail, a text and a post, sort data, order the steps
-- after a hacked account, build a passphrase the meter rates « Très solide » (7 words, as the
-- CNIL's 2022 recommendation says), estimate a cracking time, check a deepfake investment ad.
-- Plain data only. Brands, people and domains are invented (.example); the phone number is in
-- the 06 39 98 range ARCEP keeps for fiction; the one real name is the public service a scam
-- text imitates (Assurance Maladie, whose site is ameli.fr), and the public services named in
-- the feedback (33700, 17Cyber, Cybermalveillance.gouv.fr, the AMF).
-- Sources: every question's `source` names its page; quotes in
-- /work/factcheck/i16/arnaques-en-action.sources.md. Licence: CC BY-SA 4.0.
return {
  id = "arnaques-en-action",
  title = { fr = "Arnaques en action", en = "Scams in action" },
  description = {
    fr = "Un faux e-mail de jeu, un SMS piégé, un concours trop beau, un deepfake : repère les arnaques, protège tes données et sache réagir si ton compte est piraté.",
    en = "A fake game email, a trap text, a too-good giveaway, a deepfake: spot the scams, protect your data and know what to do if your account is hacked.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "game-account-mail",
      kind = "hotspot",
      prompt = {
        fr = "Yanis reçoit cet e-mail. Le site du jeu est pixelarena.example. Appuie sur chaque indice d’hameçonnage, puis valide.",
        en = "Yanis gets this email. The game’s website is pixelarena.example. Tap every phishing clue, then submit.",
      },
      mail = {
        from = {
          name = "PixelArena",
          address = "alerte@pixelarena-team.example",
          clue = {
            fr = "Le nom est PixelArena, l’adresse vient d’un autre domaine.",
            en = "PixelArena’s name, but an address from another domain.",
          },
        },
        subject = {
          text = { fr = "Ton compte sera supprimé dans 2 h", en = "Your account will be deleted in 2 h" },
          clue = {
            fr = "Un délai très court, pour te faire agir sans réfléchir.",
            en = "A very short deadline, to rush you into acting without thinking.",
          },
        },
        date = "14/03/2026 18:05",
        body = {
          { fr = "Salut Yanis,", en = "Hi Yanis," },
          {
            text = {
              fr = "Une connexion inhabituelle a été détectée. Pour garder ton compte et tes skins, confirme ton mot de passe et le code reçu par SMS.",
              en = "Unusual sign-in activity was detected. To keep your account and your skins, confirm your password and the code you got by text.",
            },
            clue = {
              fr = "Aucun message, aucun lien ne doit demander ton mot de passe ou un code SMS.",
              en = "No message and no link should ask for your password or a texted code.",
            },
          },
        },
        links = {
          {
            text = { fr = "Sécuriser mon compte", en = "Secure my account" },
            url = "https://pixelarena.example.compte-verif.example/login",
            clue = {
              fr = "Le vrai domaine est compte-verif.example.",
              en = "The real domain is compte-verif.example.",
            },
          },
        },
      },
      explain = {
        fr = "Quatre indices : l’adresse, l’urgence, la demande de mot de passe et de code, et le lien vers un autre domaine. Ton prénom ne prouve rien : il circule après les fuites de données. Ton mot de passe, tu ne le tapes que dans l’appli du jeu, que tu ouvres toi-même.",
        en = "Four clues: the address, the urgency, the request for your password and code, and the link to another domain. Your first name proves nothing: it leaks in data breaches. Only type your password in the game’s app, which you open yourself.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 75,
    },
    {
      id = "vitale-sms",
      kind = "hotspot",
      prompt = {
        fr = "Awa, 16 ans, reçoit ce SMS. Appuie sur les indices d’arnaque, puis valide.",
        en = "Awa, 16, gets this text message. Tap the scam clues, then submit.",
      },
      sms = {
        from = {
          text = "+33 6 39 98 41 27",
          clue = {
            fr = "Un numéro de portable inconnu, pas un service officiel.",
            en = "An unknown mobile number, not an official service.",
          },
        },
        messages = {
          { fr = "Bonjour,", en = "Hello," },
          {
            text = {
              fr = "Assurance Maladie : votre carte Vitale expire demain.",
              en = "Assurance Maladie: your Carte Vitale expires tomorrow.",
            },
            clue = {
              fr = "La carte Vitale n’a pas de date d’expiration ; ce délai sert à te presser.",
              en = "The Carte Vitale has no expiry date; the deadline is there to rush you.",
            },
          },
          {
            text = {
              fr = "Confirmez votre identité et votre RIB ici :",
              en = "Confirm your identity and bank details here:",
            },
            clue = {
              fr = "L’Assurance Maladie ne demande jamais tes coordonnées bancaires par SMS.",
              en = "Assurance Maladie never asks for your bank details by text.",
            },
          },
        },
        links = {
          {
            text = "ameli-vitale.example",
            url = "https://ameli-vitale.example/rib",
            clue = {
              fr = "« ameli » dans l’adresse ne suffit pas : le site officiel est ameli.fr.",
              en = "“ameli” in the address is not enough: the official site is ameli.fr.",
            },
          },
        },
      },
      explain = {
        fr = "Le plus gros indice : la carte Vitale n’a pas de date d’expiration. Ne touche pas au lien : pour vérifier, ouvre toi-même ton compte ameli. Transfère le SMS au 33700 (gratuit) pour le signaler.",
        en = "The biggest clue: the Carte Vitale has no expiry date. Don’t tap the link: to check, open your ameli account yourself. In France, forward the text to 33700 (free) to report it.",
      },
      source = "RTL, « Arnaque à la carte vitale : comment reconnaître l’escroquerie » : https://www.rtl.fr/actu/economie-consommation/arnaque-a-la-carte-vitale-comment-reconnaitre-l-escroquerie-7900172863",
      time = 60,
    },
    {
      id = "giveaway-post",
      kind = "hotspot",
      prompt = {
        fr = "Cette publication apparaît dans le fil de Léo. Appuie sur ce qui doit l’alerter, puis valide.",
        en = "This post shows up in Léo’s feed. Tap what should warn him, then submit.",
      },
      post = {
        author = {
          name = "NovaPhone France",
          handle = "@novaphone.cadeaux.2026",
          clue = {
            fr = "Un pseudo bricolé : un faux compte qui imite la marque.",
            en = "A made-up handle: a fake account copying the brand.",
          },
        },
        date = { fr = "Sponsorisé · il y a 3 h", en = "Sponsored · 3 h ago" },
        body = {
          {
            text = {
              fr = "Pour nos 10 ans, on offre 500 NovaPhone 15 ! Like, partage et réserve le tien : seuls 1,95 € de frais de port.",
              en = "For our 10th birthday, we’re giving away 500 NovaPhone 15s! Like, share and claim yours: just €1.95 shipping.",
            },
            clue = {
              fr = "Un cadeau contre de petits frais : on vise ta carte.",
              en = "A gift for a small fee: they want your card number.",
            },
          },
        },
        links = {
          {
            text = "novaphone-cadeau.example/reserver",
            url = "https://novaphone-cadeau.example/reserver",
            clue = {
              fr = "Un site inconnu, pas celui de la marque.",
              en = "An unknown site, not the brand’s own.",
            },
          },
        },
        comments = {
          {
            author = "Lucas M.",
            text = { fr = "Reçu le mien hier, merci NovaPhone !!!", en = "Got mine yesterday, thanks NovaPhone!!!" },
            clue = {
              fr = "Un avis trop parfait, souvent posté par un faux compte.",
              en = "Too-perfect praise, often posted by a fake account.",
            },
          },
          { author = "Mina", text = { fr = "Quelqu’un l’a vraiment reçu ?", en = "Has anyone actually got one?" } },
        },
      },
      explain = {
        fr = "Les faux concours copient une marque pour obtenir ta carte bancaire : les « petits frais » cachent souvent un abonnement. Vérifie sur le compte officiel de la marque, et signale la publication au réseau social.",
        en = "Fake giveaways copy a brand to get your card details: the “small fee” often hides a subscription. Check the brand’s official account, and report the post to the network.",
      },
      source = "OFCS (Suisse), « Le danger derrière les jeux-concours en ligne » : https://www.ncsc.admin.ch/ncsc/fr/home/aktuell/im-fokus/2025/wochenrueckblick_21.html",
      time = 60,
    },
    {
      id = "personal-data",
      kind = "sort",
      prompt = {
        fr = "Donnée personnelle ou pas ? Classe chaque carte.",
        en = "Personal data or not? Sort each card.",
      },
      bins = {
        { fr = "Personnelle", en = "Personal" },
        { fr = "Pas personnelle", en = "Not personal" },
      },
      items = {
        { text = { fr = "Ton pseudo dans un jeu", en = "Your gamer tag" }, bin = 1 },
        { text = { fr = "Ta voix dans un vocal", en = "Your voice in a voice note" }, bin = 1 },
        { text = { fr = "Ta position GPS", en = "Your GPS location" }, bin = 1 },
        { text = { fr = "Le top des prénoms 2010", en = "Top baby names of 2010" }, bin = 2 },
        { text = { fr = "Le menu de ta cantine", en = "Your canteen’s menu" }, bin = 2 },
        { text = { fr = "La météo de demain", en = "Tomorrow’s weather" }, bin = 2 },
      },
      explain = {
        fr = "Une donnée est personnelle dès qu’elle permet d’identifier quelqu’un, même en la recoupant : un pseudo, une voix, une position. Un classement des prénoms est une statistique : il ne désigne personne.",
        en = "Data is personal as soon as it can identify someone, even by cross-checking: a username, a voice, a location. A ranking of baby names is a statistic: it points to no one.",
      },
      source = "RGPD, article 4 (définitions), texte officiel sur EUR-Lex : https://eur-lex.europa.eu/eli/reg/2016/679/oj",
      time = 45,
    },
    {
      id = "hacked-account",
      kind = "order",
      prompt = {
        fr = "Jade ne peut plus se connecter à son réseau social, et ses amis reçoivent des messages bizarres « d’elle ». Dans quel ordre agir ?",
        en = "Jade can’t log in to her social media account, and her friends are getting odd messages “from her”. In what order should she act?",
      },
      items = {
        { fr = "Récupérer l’accès au compte", en = "Recover access to the account" },
        { fr = "Retirer l’e-mail et le numéro du pirate", en = "Remove the hacker’s email and number" },
        { fr = "Activer la double authentification", en = "Turn on two-factor authentication" },
        { fr = "Prévenir ses contacts du piratage", en = "Tell her contacts about the hack" },
        { fr = "Porter plainte, captures d’écran à l’appui", en = "File a complaint with screenshots" },
      },
      explain = {
        fr = "D’abord reprendre la main avec l’aide du réseau social, fermer les portes que le pirate s’est ouvertes et activer la double authentification. Ensuite, prévenir ses contacts et porter plainte, avec un adulte. 17Cyber (17cyber.gouv.fr) guide les victimes pas à pas.",
        en = "First take back control through the network’s help pages, close the doors the hacker opened and turn on two-factor authentication. Then warn her contacts and file a complaint, with an adult. In France, 17Cyber (17cyber.gouv.fr) guides victims step by step.",
      },
      source = "Cybermalveillance.gouv.fr, « Piratage de compte » : https://cybermalveillance.gouv.fr/tous-nos-contenus/actualites/que-faire-en-cas-de-piratage-de-compte-sur-les-reseaux-sociaux",
      time = 50,
    },
    {
      id = "passphrase",
      kind = "password",
      prompt = {
        fr = "Invente une phrase de passe « Très solide » : au moins sept mots pris au hasard, sans lien entre eux.",
        en = "Make up a “Very strong” passphrase: at least seven words picked at random, unrelated to each other.",
      },
      strength = 4,
      explain = {
        fr = "Au compteur, quatre mots courants restent « Moyen » ; sept atteignent « Très solide », l’exemple que donne la CNIL (recommandation de 2022) quand une phrase de passe protège seule un compte. Un mot, une année et un « ! », les pirates l’essaient en premier. Une phrase par compte, ou un gestionnaire de mots de passe.",
        en = "On the meter, four common words stay “Fair”; seven reach “Very strong”, the example the CNIL gives (its 2022 recommendation) when a passphrase protects an account on its own. A word, a year and a “!” is what attackers try first. One passphrase per account, or a password manager.",
      },
      source = "CNIL, « Mots de passe : une nouvelle recommandation pour maîtriser sa sécurité » : https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 90,
    },
    {
      id = "crack-8-letters",
      kind = "estimate",
      prompt = {
        fr = "Imaginons un pirate qui teste 10 milliards de mots de passe par seconde. Combien de temps pour essayer tous ceux de huit lettres minuscules ?",
        en = "Say an attacker tries 10 billion passwords a second. How long to try every password of 8 lower-case letters?",
      },
      min = 0.1,
      max = 1e10,
      answer = 26 ^ 8 / 1e10, -- 208 827 064 576 combinations: 20.9 s
      log = true,
      unit = { fr = "s", en = "s" },
      explain = {
        fr = "Il y a 26⁸, soit environ 209 milliards de combinaisons : 21 secondes suffisent. Chaque lettre en plus multiplie ce temps par 26 : avec 12 lettres, il faut déjà plus de trois mois. D’où l’importance de la longueur.",
        en = "There are 26⁸, about 209 billion, combinations: 21 seconds are enough. Each extra letter multiplies the time by 26: with 12 letters it already takes over three months. That is why length matters so much.",
      },
      source = "Calcul : 26⁸ ÷ 10¹⁰ (la vitesse est une hypothèse, celle du compteur du jeu). Longueur : CNIL, https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 40,
    },
    {
      id = "deepfake-check",
      kind = "sort",
      prompt = {
        fr = "Une vidéo montre une star qui vante un placement « garanti ». Qu’est-ce qui t’aide à savoir si c’est une arnaque ?",
        en = "A video shows a star praising a “guaranteed” investment. What helps you tell whether it’s a scam?",
      },
      bins = {
        { fr = "Aide à vérifier", en = "Helps you check" },
        { fr = "Ne prouve rien", en = "Proves nothing" },
      },
      items = {
        { text = { fr = "Voir son compte officiel", en = "Check the star’s own account" }, bin = 1 },
        { text = { fr = "Lire des médias fiables", en = "Check trusted news media" }, bin = 1 },
        { text = { fr = "Lèvres et voix décalées", en = "Lips out of sync with the voice" }, bin = 1 },
        { text = { fr = "Chercher sur les listes noires de l’AMF", en = "Search the AMF’s blacklists" }, bin = 1 },
        { text = { fr = "Visage et voix très réels", en = "Face and voice look real" }, bin = 2 },
        { text = { fr = "Des millions de vues", en = "Millions of views" }, bin = 2 },
        { text = { fr = "Envoyée par un ami sûr", en = "Sent by a friend you trust" }, bin = 2 },
      },
      explain = {
        fr = "Un deepfake, vidéo truquée par IA, peut sembler parfaitement réel : les vues ou un ami ne prouvent rien. Remonte à la source (compte officiel, médias fiables). Surtout, un gain élevé « garanti », sans risque, c’est toujours une arnaque. Vérifie les listes noires de sites non autorisés de l’AMF.",
        en = "A deepfake, a video faked with AI, can look perfectly real: views or a friend prove nothing. Go back to the source (the official account, reliable media). Above all, a high “guaranteed” return with no risk is always a scam. Check the blacklists of unauthorised sites kept by France’s market authority, the AMF.",
      },
      source = "AMF, « Arnaques : les signes… » : https://www.amf-france.org/fr/espace-epargnants/proteger-son-epargne/eviter-les-arnaques/arnaques-les-signes-qui-doivent-vous-mettre-la-puce-loreille",
      time = 50,
    },
  },
}
