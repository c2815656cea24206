-- Level "poste-de-travail" of the pme pack (staff of small companies, in "vous").
-- Plain data only; updates, inventory, a USB key found in the car park, Wi-Fi on the move,
-- passphrases (CNIL), a password manager, two-factor authentication.
-- The picture cle-usb-parking.png is drawn for this pack (source: cle-usb-parking.svg),
-- CC BY-SA 4.0 like the pack.
return {
  id = "poste-de-travail",
  title = { fr = "Votre poste de travail", en = "Your workstation" },
  description = {
    fr = "Mises à jour, inventaire, clé USB trouvée, Wi-Fi en déplacement, phrases de passe et double authentification : dix gestes simples qui ferment les portes les plus souvent forcées.",
    en = "Updates, inventory, a USB stick found outside, Wi-Fi on the move, passphrases and two-factor authentication: ten simple habits that close the doors attackers use most often.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "update-now",
      kind = "choice",
      prompt = {
        fr = "En pleine journée, Windows affiche : « Mise à jour de sécurité disponible, redémarrage nécessaire ». Que faites-vous ?",
        en = "In the middle of the day, Windows shows: “Security update available, restart required”. What do you do?",
      },
      choices = {
        { fr = "Je l’installe aujourd’hui, au plus tard à la pause", en = "I install it today, at my next break at the latest" },
        { fr = "Je la reporte d’un mois : ça peut attendre", en = "I postpone it for a month: it can wait" },
        { fr = "Je la refuse : une mise à jour peut tout casser", en = "I refuse it: an update can break everything" },
        { fr = "J’attends que l’antivirus me le demande", en = "I wait until the antivirus tells me to" },
      },
      correct = 1,
      explain = {
        fr = "Une mise à jour de sécurité corrige une faille déjà connue : chaque jour de retard laisse la porte ouverte. Un redémarrage ne prend que quelques minutes. Installez les mises à jour dès qu’elles arrivent, et laissez les mises à jour automatiques activées.",
        en = "A security update fixes a flaw that is already known: every day of delay leaves the door open. A restart only takes a few minutes. Install updates as soon as they come, and leave automatic updates on.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mises à jour » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mises-a-jour",
      time = 25,
    },
    {
      id = "end-of-support",
      kind = "truefalse",
      prompt = {
        fr = "Un vieil ordinateur dont le système n’est plus maintenu par l’éditeur (« fin de support ») reste sûr tant que son antivirus est à jour.",
        en = "An old computer whose system is no longer maintained by its maker (“end of support”) stays safe as long as its antivirus is up to date.",
      },
      correct = false,
      explain = {
        fr = "Faux. En fin de support, l’éditeur ne publie plus de correctifs : les failles découvertes ensuite restent ouvertes pour toujours, et l’antivirus ne les bouche pas. Signalez ces machines au responsable informatique pour qu’elles soient remplacées ou isolées du réseau.",
        en = "False. At end of support, the maker publishes no more fixes: flaws found afterwards stay open for good, and the antivirus does not close them. Report these machines to whoever runs IT so they are replaced or cut off from the network.",
      },
      source = "ANSSI, « La cybersécurité pour les TPE/PME en treize questions » : https://messervices.cyber.gouv.fr/guides/la-cybersecurite-pour-les-tpepme-en-treize-questions",
      time = 25,
    },
    {
      id = "fake-update",
      kind = "hotspot",
      prompt = {
        fr = "En lisant la presse en ligne, cette page s’ouvre. Touchez ce qui doit vous alerter, puis validez.",
        en = "You are reading the news online when this page opens. Tap what should make you suspicious, then submit.",
      },
      browser = {
        url = {
          text = "https://maj-lecteur-video.example/install",
          clue = { fr = "Un site inconnu, pas celui de l’éditeur du logiciel.", en = "An unknown site, not the software maker’s." },
        },
        title = { fr = "Lecteur vidéo – Mise à jour requise", en = "Video player – Update required" },
        body = {
          {
            text = { fr = "Votre lecteur vidéo est obsolète : la vidéo ne peut pas être lue.", en = "Your video player is out of date: the video cannot play." },
            clue = { fr = "Une fausse alerte pour vous faire installer un programme.", en = "A fake alert to make you install a program." },
          },
          {
            text = { fr = "Téléchargez la mise à jour dans les 2 minutes pour continuer.", en = "Download the update within 2 minutes to continue." },
            clue = { fr = "Le délai de 2 minutes vous presse : c’est un piège.", en = "The 2-minute deadline rushes you: it is a trap." },
          },
          { fr = "Cette page utilise des cookies.", en = "This page uses cookies." },
        },
        button = {
          text = { fr = "Télécharger maj_lecteur.exe", en = "Download player_update.exe" },
          clue = { fr = "Un programme venu d’un site inconnu : ne le lancez pas.", en = "A program from an unknown site: do not run it." },
        },
      },
      explain = {
        fr = "Une vraie mise à jour arrive par le logiciel lui-même ou par le site officiel de son éditeur, jamais par une page qui s’ouvre pendant que vous naviguez et vous impose un délai. Fermez l’onglet et, en cas de doute, demandez au responsable informatique.",
        en = "A real update comes through the software itself or its maker’s official site, never through a page that pops up while you browse and gives you a deadline. Close the tab and, when in doubt, ask whoever runs IT.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mises à jour » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mises-a-jour",
      time = 50,
    },
    {
      id = "inventory",
      kind = "multi",
      prompt = {
        fr = "Votre entreprise dresse l’inventaire de son informatique. Que doit-il recenser ?",
        en = "Your company is making an inventory of its IT. What should it list?",
      },
      choices = {
        { fr = "Les ordinateurs, téléphones et imprimantes", en = "Computers, phones and printers" },
        { fr = "Les logiciels installés et leurs versions", en = "The software installed and its versions" },
        { fr = "Les comptes et qui a accès à quoi", en = "The accounts and who has access to what" },
        { fr = "Les mots de passe de chacun, en clair", en = "Everyone’s passwords, in plain text" },
        { fr = "L’historique de navigation des salariés", en = "The staff’s browsing history" },
        { fr = "Les numéros personnels des salariés", en = "The staff’s personal phone numbers" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "On ne protège que ce que l’on connaît : l’ANSSI conseille de lister équipements, logiciels, données et accès, et de revoir la liste au moins une fois par an. Jamais de mots de passe dedans.",
        en = "You can only protect what you know about: ANSSI advises listing equipment, software, data and access, and reviewing the list at least once a year. Never put passwords in it.",
      },
      source = "ANSSI, « La cybersécurité pour les TPE/PME en treize questions » : https://messervices.cyber.gouv.fr/guides/la-cybersecurite-pour-les-tpepme-en-treize-questions",
      time = 35,
    },
    {
      id = "usb-parking",
      kind = "hotspot",
      prompt = {
        fr = "En arrivant au bureau, vous voyez ceci sur le parking. Touchez ce qui doit vous alerter, puis validez.",
        en = "Arriving at the office, you see this in the car park. Tap what should make you suspicious, then submit.",
      },
      image = "cle-usb-parking.png",
      spots = {
        {
          id = "cle", x = 0.36, y = 0.67, w = 0.23, h = 0.14,
          label = { fr = "La clé USB par terre", en = "The USB stick on the ground" },
          clue = { fr = "Une clé trouvée peut lancer un programme dès qu’on la branche.", en = "A USB stick you find can run a program as soon as it is plugged in." },
        },
        {
          id = "etiquette", x = 0.63, y = 0.615, w = 0.155, h = 0.19,
          label = { fr = "Le porte-clé « € »", en = "The “€” keyring tag" },
          clue = { fr = "Une étiquette qui attise la curiosité : c’est l’appât.", en = "A tag that stirs curiosity: that is the bait." },
        },
        {
          id = "voiture", x = 0.015, y = 0.42, w = 0.34, h = 0.33,
          label = { fr = "La voiture garée", en = "The parked car" },
        },
        {
          id = "porte", x = 0.73, y = 0.04, w = 0.20, h = 0.50,
          label = { fr = "La porte du bureau", en = "The office door" },
        },
      },
      explain = {
        fr = "Une clé « oubliée » peut être un appât : qui la dépose compte sur votre curiosité, et la brancher peut suffire à infecter l’ordinateur. Ne la branchez pas, même « pour voir à qui elle est » : remettez-la au responsable informatique en disant où vous l’avez trouvée.",
        en = "A USB stick “left behind” may be bait: whoever drops it counts on your curiosity, and plugging it in can be enough to infect the computer. Do not plug it in, not even “to see whose it is”: hand it to whoever runs IT, saying where you found it.",
      },
      source = "UFC-Que Choisir Brest, alerte de la gendarmerie du Nord sur les clés USB : https://www.ufcquechoisir-brest.org/arnaques-alerte-la-cle-usb-pxl-1053_1068.html",
      time = 45,
    },
    {
      id = "wifi-on-the-move",
      kind = "sort",
      prompt = {
        fr = "À l’hôtel ou dans le train, vous devez envoyer un devis. Triez ces connexions.",
        en = "At a hotel or on a train, you must send a quote. Sort these connections.",
      },
      bins = {
        { fr = "Acceptable", en = "Acceptable" },
        { fr = "À éviter", en = "Avoid" },
      },
      items = {
        { text = { fr = "Le partage de connexion de votre téléphone", en = "Your phone’s hotspot (connection sharing)" }, bin = 1 },
        { text = { fr = "Le Wi-Fi de l’hôtel avec le VPN de l’entreprise activé", en = "The hotel Wi-Fi with the company VPN on" }, bin = 1 },
        { text = { fr = "Une clé 4G fournie par l’entreprise", en = "A 4G dongle supplied by the company" }, bin = 1 },
        { text = { fr = "Le Wi-Fi ouvert « HotelGuest », sans VPN", en = "The open “HotelGuest” Wi-Fi, no VPN" }, bin = 2 },
        { text = { fr = "Le Wi-Fi gratuit du train, sans VPN", en = "The train’s free Wi-Fi, no VPN" }, bin = 2 },
        { text = { fr = "Un réseau « Free_WiFi » inconnu, sans mot de passe", en = "An unknown “Free_WiFi” network, no password" }, bin = 2 },
      },
      explain = {
        fr = "Un Wi-Fi public ou inconnu peut être piégé ou espionné. Évitez-le : préférez votre propre connexion, ou passez par le VPN de l’entreprise, qui chiffre les échanges.",
        en = "A public or unknown Wi-Fi may be rigged or watched. Avoid it: use your own connection, or go through the company VPN, which encrypts the traffic.",
      },
      source = "Cybermalveillance.gouv.fr, « 10 mesures essentielles » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/10-mesures-essentielles-assurer-securite-numerique",
      time = 50,
    },
    {
      id = "cnil-words",
      kind = "input",
      prompt = {
        fr = "Selon la CNIL (l’autorité française de protection des données), combien de mots au minimum doit compter une phrase de passe qui protège seule un compte (sans autre mesure) ?",
        en = "According to the CNIL (the French data protection authority), how many words at least should a passphrase have when it alone protects an account (no other measure)?",
      },
      number = 7,
      tolerance = 0,
      explain = {
        fr = "Sept mots au hasard valent en solidité un mot de passe de 12 caractères mêlant majuscules, minuscules, chiffres et symboles, et se retiennent bien mieux. Choisissez des mots sans lien entre eux, jamais une citation ou une chanson connue.",
        en = "Seven random words are as strong as a 12-character password mixing upper and lower case, digits and symbols, and far easier to remember. Pick unrelated words, never a well-known quote or song.",
      },
      source = "CNIL, « Mots de passe : une nouvelle recommandation pour maîtriser sa sécurité » : https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 25,
    },
    {
      id = "passphrase",
      kind = "password",
      prompt = {
        fr = "Inventez une phrase de passe que le compteur juge « solide » : plusieurs mots sans lien entre eux, faciles à retenir pour vous.",
        en = "Make up a passphrase the meter rates “strong”: several unrelated words, easy for you to remember.",
      },
      strength = 3,
      explain = {
        fr = "La longueur fait la force : chaque mot ajouté multiplie le travail d’un attaquant, alors qu’un « 1 » ou un « ! » en fin de mot se devine vite. Une phrase de passe par compte, et un gestionnaire pour les retenir toutes.",
        en = "Length makes strength: each extra word multiplies an attacker’s work, while a “1” or “!” at the end is easily guessed. One passphrase per account, and a password manager to remember them all.",
      },
      source = "CNIL, « Mots de passe : une nouvelle recommandation pour maîtriser sa sécurité » : https://www.cnil.fr/fr/mots-de-passe-une-nouvelle-recommandation-pour-maitriser-sa-securite",
      time = 60,
    },
    {
      id = "password-manager",
      kind = "choice",
      prompt = {
        fr = "Vous avez une quarantaine de comptes (messagerie, banque, fournisseurs…). Quelle façon de gérer leurs mots de passe est la plus sûre ?",
        en = "You have about forty accounts (email, bank, suppliers…). Which way of managing their passwords is safest?",
      },
      choices = {
        { fr = "Un gestionnaire de mots de passe", en = "A password manager" },
        { fr = "Un seul mot de passe très long pour tous les comptes", en = "One very long password for every account" },
        { fr = "Un fichier « mdp.xlsx » sur le bureau de l’ordinateur", en = "A “pwd.xlsx” file on the computer’s desktop" },
        { fr = "Le même mot de passe, avec le nom du site à la fin", en = "The same password, with the site’s name at the end" },
      },
      correct = 1,
      explain = {
        fr = "Un gestionnaire crée et retient un mot de passe différent pour chaque compte : si un site se fait voler ses données, seul ce compte est touché. Un mot de passe unique, même long, ouvre tout d’un coup. Retenez une seule phrase de passe, solide : celle du gestionnaire.",
        en = "A password manager creates and remembers a different password for each account: if one site is breached, only that account is hit. A single password, however long, opens everything at once. Remember one strong passphrase only: the manager’s.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mots de passe » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe",
      time = 30,
    },
    {
      id = "mfa",
      kind = "choice",
      prompt = {
        fr = "Votre mot de passe de messagerie a fuité, mais la double authentification est activée. Que peut faire celui qui le connaît ?",
        en = "Your email password has leaked, but two-factor authentication is on. What can someone who knows it do?",
      },
      choices = {
        { fr = "Rien, sans le code ou la validation sur votre téléphone", en = "Nothing, without the code or approval on your phone" },
        { fr = "Lire vos messages, mais pas en envoyer", en = "Read your emails, but not send any" },
        { fr = "Se connecter librement : la double authentification ne sert qu’au premier accès", en = "Log in freely: two-factor only protects the first login" },
        { fr = "Se connecter, mais seulement depuis la France", en = "Log in, but only from France" },
      },
      correct = 1,
      explain = {
        fr = "La double authentification demande, en plus du mot de passe, une preuve que vous seul avez : un code, une validation sur l’appli, une clé. Changez quand même le mot de passe, et ne validez jamais une demande de connexion que vous n’avez pas lancée.",
        en = "Two-factor authentication asks, on top of the password, for proof that only you have: a code, an approval in the app, a key. Change the password anyway, and never approve a login request you did not start.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mots de passe » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe",
      time = 30,
    },
  },
}
