-- Level "teletravail" of the pme pack (staff of small companies, in "vous").
-- Plain data only; remote work and travel: a lost laptop, a screen seen in a train, what a
-- post gives away, personal and work accounts kept apart, the home router, after a trip.
-- The picture ecran-train.png is drawn for this pack (source: ecran-train.svg),
-- CC BY-SA 4.0 like the pack.
return {
  id = "teletravail",
  title = { fr = "Télétravail et déplacements", en = "Remote work and travel" },
  description = {
    fr = "Un portable perdu, un écran lu par le voisin de train, une photo trop bavarde, la box de la maison : dix situations pour travailler hors du bureau sans y laisser vos données.",
    en = "A lost laptop, a screen read by the person next to you on the train, a photo that says too much, the home router: ten situations to work away from the office without leaving your data behind.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "lost-laptop",
      kind = "choice",
      prompt = {
        fr = "En descendant du train, vous vous rendez compte que votre ordinateur portable pro est resté à bord. Que faites-vous d’abord ?",
        en = "Getting off the train, you realise your work laptop was left on board. What do you do first?",
      },
      choices = {
        { fr = "Je préviens tout de suite le responsable informatique", en = "I tell whoever runs IT right away" },
        { fr = "J’attends de voir s’il arrive aux objets trouvés", en = "I wait to see if it turns up at lost property" },
        { fr = "Je n’en parle à personne : il est protégé par un mot de passe", en = "I tell nobody: it is protected by a password" },
        { fr = "Je préviens l’entreprise à mon retour, la semaine prochaine", en = "I tell the company when I am back next week" },
      },
      correct = 1,
      explain = {
        fr = "Chaque heure compte : prévenu tôt, le responsable informatique peut bloquer vos accès, faire changer vos mots de passe et mesurer quelles données sont exposées. Gardez dans votre téléphone le contact à prévenir en cas de perte ou de vol.",
        en = "Every hour counts: told early, whoever runs IT can block your access, have your passwords changed and work out which data is exposed. Keep in your phone the contact to call if a device is lost or stolen.",
      },
      source = "CNIL, « Sécurité : sécuriser l’informatique mobile » : https://www.cnil.fr/fr/securite-securiser-linformatique-mobile",
      time = 30,
    },
    {
      id = "lost-laptop-steps",
      kind = "order",
      prompt = {
        fr = "Votre portable pro a été volé. Remettez ces étapes dans l’ordre.",
        en = "Your work laptop was stolen. Put these steps in order.",
      },
      items = {
        { fr = "Prévenir le responsable informatique", en = "Tell whoever runs IT" },
        { fr = "Faire bloquer les accès du portable (messagerie, réseau)", en = "Have the laptop’s access blocked (mail, network)" },
        { fr = "Changer les mots de passe des comptes utilisés sur le portable", en = "Change the passwords of the accounts used on the laptop" },
        { fr = "Faire le point avec lui sur les données qu’il contenait", en = "Go over with them the data it held" },
      },
      explain = {
        fr = "D’abord couper l’accès du voleur : prévenir, faire bloquer, changer les mots de passe, car chaque minute il peut s’en servir. Ensuite seulement, faire l’inventaire de ce qui est exposé : s’il y avait des données personnelles de clients, l’entreprise a des obligations.",
        en = "First cut the thief’s access: warn, have access blocked, change the passwords, since every minute they can use them. Only then list what is exposed: if customers’ personal data was on it, the company has duties to meet.",
      },
      source = "CNIL, « Sécurité : sécuriser l’informatique mobile » : https://www.cnil.fr/fr/securite-securiser-linformatique-mobile",
      time = 50,
    },
    {
      id = "disk-encryption",
      kind = "truefalse",
      prompt = {
        fr = "Si le disque d’un portable n’est pas chiffré, un voleur peut le démonter et lire les fichiers sans connaître votre mot de passe.",
        en = "If a laptop’s disk is not encrypted, a thief can take it out and read the files without knowing your password.",
      },
      correct = true,
      explain = {
        fr = "Vrai. Le mot de passe de session ne protège que l’ouverture de la session : branché sur une autre machine, un disque non chiffré se lit comme une clé USB. Chiffré, il reste illisible. Demandez au responsable informatique si le chiffrement de votre portable est activé.",
        en = "True. The login password only guards opening the session: plugged into another machine, an unencrypted disk reads like a USB key. Encrypted, it stays unreadable. Ask whoever runs IT whether your laptop’s encryption is on.",
      },
      source = "CNIL, « Sécurité : sécuriser l’informatique mobile » : https://www.cnil.fr/fr/securite-securiser-linformatique-mobile",
      time = 25,
    },
    {
      id = "train-screen",
      kind = "hotspot",
      prompt = {
        fr = "Vous travaillez dans le train. Touchez ce qui met les données de l’entreprise en danger, puis validez.",
        en = "You are working on the train. Tap what puts the company’s data at risk, then submit.",
      },
      image = "ecran-train.png",
      spots = {
        {
          id = "ecran", x = 0.22, y = 0.13, w = 0.41, h = 0.455,
          label = { fr = "L’écran ouvert sur le fichier clients", en = "The screen showing the customer file" },
          clue = { fr = "Lisible par le voisin : un filtre de confidentialité limite les regards.", en = "Readable by your neighbour: a privacy filter limits prying eyes." },
        },
        {
          id = "post-it", x = 0.495, y = 0.585, w = 0.10, h = 0.13,
          label = { fr = "Le pense-bête collé sur le portable", en = "The sticky note on the laptop" },
          clue = { fr = "Un mot de passe noté à côté du clavier : qui le voit s’en sert.", en = "A password written by the keyboard: whoever sees it can use it." },
        },
        {
          id = "badge", x = 0.695, y = 0.64, w = 0.16, h = 0.24,
          label = { fr = "Le badge posé sur la table", en = "The badge lying on the table" },
          clue = { fr = "Votre nom et votre entreprise en clair : rangez le badge.", en = "Your name and company in plain view: put the badge away." },
        },
        {
          id = "tasse", x = 0.055, y = 0.655, w = 0.13, h = 0.18,
          label = { fr = "La tasse de café", en = "The coffee cup" },
        },
        {
          id = "fenetre", x = 0.675, y = 0.06, w = 0.32, h = 0.48,
          label = { fr = "La fenêtre du train", en = "The train window" },
        },
      },
      explain = {
        fr = "Dans un train, votre voisin voit votre écran, votre badge et vos notes. Un filtre de confidentialité limite les regards, un dossier sensible attend le retour au bureau, et un mot de passe ne s’écrit pas près de l’ordinateur. Et chaque fois que vous vous levez, verrouillez l’écran : Windows + L.",
        en = "On a train, the person next to you sees your screen, your badge and your notes. A privacy filter keeps prying eyes off your screen, a sensitive file can wait until you are back at the office, and a password never goes on a note near the computer. And every time you get up, lock the screen: Windows + L.",
      },
      source = "CNIL, « Sécurité : sécuriser l’informatique mobile » : https://www.cnil.fr/fr/securite-securiser-linformatique-mobile",
      time = 50,
    },
    {
      id = "screen-privacy",
      kind = "multi",
      prompt = {
        fr = "Dans le train, quels gestes protègent vraiment ce qui s’affiche sur votre écran ?",
        en = "On the train, which habits really protect what your screen shows?",
      },
      choices = {
        { fr = "Poser un filtre de confidentialité sur l’écran", en = "Fit a privacy filter on the screen" },
        { fr = "N’ouvrir aucun dossier confidentiel", en = "Keep confidential files closed" },
        { fr = "Verrouiller la session dès que vous vous levez", en = "Lock the screen as soon as you get up" },
        { fr = "Activer le mode avion", en = "Turn on airplane mode" },
        { fr = "Passer l’écran en mode sombre", en = "Switch the screen to dark mode" },
        { fr = "N’ouvrir que des fichiers enregistrés dans le cloud", en = "Only open files saved in the cloud" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "Le filtre rend l’écran illisible de côté, un dossier fermé ne se lit pas, une session verrouillée ne montre rien. Mode avion, mode sombre ou cloud : l’écran reste lisible par le voisin. Prenez les trois bons gestes.",
        en = "The filter makes the screen unreadable from the side, a closed file cannot be read, a locked screen shows nothing. Airplane mode, dark mode or the cloud: your neighbour can still read the screen. Use the three right habits.",
      },
      source = "CNIL, « Sécurité : sécuriser l’informatique mobile » : https://www.cnil.fr/fr/securite-securiser-linformatique-mobile",
      time = 35,
    },
    {
      id = "trip-post",
      kind = "hotspot",
      prompt = {
        fr = "Une collègue publie ceci sur un réseau professionnel. Touchez ce qui en dit trop, puis validez.",
        en = "A colleague posts this on a professional network. Tap what gives too much away, then submit.",
      },
      post = {
        author = { name = "Léa Moreau · Fournitures Dupin", handle = "@lea-moreau" },
        date = { fr = "Il y a 2 h", en = "2 h ago" },
        body = {
          { fr = "Salon de l’emballage à Lyon : trois jours riches en rencontres !", en = "Packaging trade fair in Lyon: three days full of meetings!" },
          {
            text = { fr = "[Photo : mon badge d’accès Dupin, nom et code-barres bien lisibles]", en = "[Photo: my Dupin access badge, name and barcode clearly readable]" },
            clue = { fr = "Un badge photographié peut être copié ou imité.", en = "A badge in a photo can be copied or imitated." },
          },
          {
            text = { fr = "[Photo : mon portable à l’hôtel, ouvert sur le tableau des prix fournisseurs]", en = "[Photo: my laptop at the hotel, open on the supplier price sheet]" },
            clue = { fr = "Un écran photographié montre des données internes.", en = "A screen in a photo shows internal data." },
          },
          {
            text = { fr = "Bureau vide jusqu’à lundi, toute l’équipe Achats est ici !", en = "Office empty until Monday, the whole Purchasing team is here!" },
            clue = { fr = "Dire qui est absent aide un fraudeur à se faire passer pour vous.", en = "Saying who is away helps a fraudster pose as you." },
          },
        },
        likes = { fr = "48 J’aime · 6 partages", en = "48 likes · 6 shares" },
        comments = {
          { author = "Karim B.", text = { fr = "Bravo à toute l’équipe !", en = "Well done, team!" } },
        },
      },
      explain = {
        fr = "Un badge, un écran ou une absence annoncée sont de l’or pour un fraudeur : copier un badge, lire des prix, appeler la compta « de la part de l’équipe Achats en déplacement ». Avant de publier, regardez l’arrière-plan et demandez-vous qui d’autre peut s’en servir.",
        en = "A badge, a screen or an announced absence are gold for a fraudster: copy a badge, read prices, call accounts “on behalf of the Purchasing team away at a fair”. Before posting, check the background and ask who else could use it.",
      },
      source = "Cybermalveillance.gouv.fr, « Sécurité des réseaux sociaux » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/reseaux-sociaux",
      time = 55,
    },
    {
      id = "pro-perso",
      kind = "sort",
      prompt = {
        fr = "En télétravail, triez ces pratiques.",
        en = "Working from home, sort these habits.",
      },
      bins = {
        { fr = "Bonne pratique", en = "Good habit" },
        { fr = "À éviter", en = "To avoid" },
      },
      items = {
        { text = { fr = "Enregistrer les fichiers dans l’espace partagé de l’entreprise", en = "Save files in the company’s shared space" }, bin = 1 },
        { text = { fr = "Se connecter au réseau de l’entreprise par son VPN", en = "Connect to the company network through its VPN" }, bin = 1 },
        { text = { fr = "Séparer ses mots de passe pro et perso", en = "Keep work and personal passwords apart" }, bin = 1 },
        { text = { fr = "Transférer un devis sur votre messagerie perso pour le finir le soir", en = "Forward a quote to your personal mail to finish it at night" }, bin = 2 },
        { text = { fr = "Ranger un contrat client dans votre cloud personnel", en = "Keep a customer contract in your personal cloud" }, bin = 2 },
        { text = { fr = "Installer un logiciel gratuit trouvé sur un forum", en = "Install a free program found on a forum" }, bin = 2 },
      },
      explain = {
        fr = "Messagerie et cloud perso échappent aux protections de l’entreprise : gardez les fichiers de travail dans ses outils, et passez par son VPN, la connexion protégée vers son réseau. Un logiciel se prend sur le site officiel, pas sur un forum.",
        en = "Personal mail and cloud are outside the company’s protections: keep work files in its tools, and go through its VPN, the protected connection to its network. Get programs from the official site, not a forum.",
      },
      source = "Cybermalveillance.gouv.fr, « 10 mesures essentielles » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/10-mesures-essentielles-assurer-securite-numerique",
      time = 50,
    },
    {
      id = "lock-shortcut",
      kind = "input",
      prompt = {
        fr = "Sous Windows, quel raccourci clavier verrouille votre session d’un seul geste quand vous quittez votre place ?",
        en = "On Windows, which keyboard shortcut locks your screen in one go when you leave your seat?",
      },
      accept = { "Windows + L", "Win + L", "Windows+L", "Win+L" },
      explain = {
        fr = "Windows + L verrouille la session en une seconde : vos fenêtres restent ouvertes, mais il faut votre mot de passe pour les revoir. Prenez le réflexe à chaque fois que vous vous levez, au bureau comme dans le train.",
        en = "Windows + L locks the screen in a second: your windows stay open, but your password is needed to see them again. Make it a reflex each time you get up, at the office as on the train.",
      },
      source = "Microsoft, « Raccourcis clavier dans Windows » : https://support.microsoft.com/fr-fr/windows/raccourcis-clavier-dans-windows-dcc61a57-8ff0-cffe-9796-cb9706c75eec",
      time = 25,
    },
    {
      id = "home-router",
      kind = "choice",
      prompt = {
        fr = "Vous télétravaillez deux jours par semaine. Que faire d’abord sur la box internet de la maison ?",
        en = "You work from home two days a week. What should you do first on your home internet router?",
      },
      choices = {
        { fr = "Remplacer ses mots de passe par défaut et installer ses mises à jour", en = "Replace its default passwords and install its updates" },
        { fr = "Cacher le nom du réseau Wi-Fi : personne ne le trouvera", en = "Hide the Wi-Fi network’s name: nobody will find it" },
        { fr = "La débrancher chaque soir", en = "Unplug it every evening" },
        { fr = "Rien : une box fournie par l’opérateur est toujours sûre", en = "Nothing: a router from your provider is always safe" },
      },
      correct = 1,
      explain = {
        fr = "Cybermalveillance.gouv.fr conseille de ne pas garder les mots de passe par défaut, et les failles d’une box se corrigent par ses mises à jour. Cacher le nom du Wi-Fi ne change ni l’un ni l’autre : commencez par ces deux gestes.",
        en = "Cybermalveillance.gouv.fr advises against keeping default passwords, and a router’s flaws are fixed by its updates. Hiding the Wi-Fi name does neither: start with those two steps.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mots de passe » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe",
      time = 30,
    },
    {
      id = "after-trip",
      kind = "choice",
      prompt = {
        fr = "De retour d’un salon à l’étranger, votre portable est resté deux jours seul dans la chambre d’hôtel et se comporte bizarrement. Que faites-vous ?",
        en = "Back from a trade fair abroad, your laptop stayed two days alone in the hotel room and behaves oddly. What do you do?",
      },
      choices = {
        { fr = "Je le fais vérifier par l’informatique avant de le reconnecter", en = "I have IT check it before reconnecting it" },
        { fr = "Je lance un redémarrage : si ça passe, tout va bien", en = "I restart it: if that works, all is well" },
        { fr = "Je le rebranche au bureau pour récupérer mes mails", en = "I connect it at the office to get my mail" },
        { fr = "J’attends d’avoir un vrai problème pour en parler", en = "I wait for a real problem before mentioning it" },
      },
      correct = 1,
      explain = {
        fr = "Un appareil laissé sans surveillance peut avoir été manipulé. Le faire vérifier avant de le reconnecter évite d’infecter le réseau de l’entreprise, et renouveler les mots de passe utilisés en voyage coupe l’accès à ce qui aurait pu être volé.",
        en = "A device left unattended may have been tampered with. Having it checked before reconnecting it avoids infecting the company network, and renewing the passwords used on the trip cuts off anything that might have been stolen.",
      },
      source = "ANSSI, « Partir en mission avec son téléphone… » : https://www.ssi.gouv.fr/entreprise/guide/partir-en-mission-avec-son-telephone-sa-tablette-ou-son-ordinateur-portable/",
      time = 35,
    },
  },
}
