-- Level "phishing-basics" of the lycee pack (high-school students).
-- Plain data only; spot a phishing email or text, check a link, know what to do.
return {
  id = "phishing-basics",
  title = { fr = "Hameçonnage : les bases", en = "Phishing: the basics" },
  description = {
    fr = "Repérer un e-mail ou un SMS piégé, vérifier un lien et savoir quoi faire : huit questions pour ne plus mordre à l’hameçon.",
    en = "Spot a trap email or text, check a link and know what to do: eight questions to stop taking the bait.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "sender-address",
      kind = "choice",
      prompt = {
        fr = "Un e-mail s’affiche comme envoyé par « Banque Horizon ». Qu’est-ce qui montre le mieux qui l’a vraiment envoyé ?",
        en = "An email shows up as sent by “Banque Horizon”. What best shows who really sent it?",
      },
      choices = {
        { fr = "Le nom affiché de l’expéditeur", en = "The sender’s display name" },
        { fr = "L’adresse e-mail, surtout après le @", en = "The email address, especially after the @" },
        { fr = "Le logo de la banque dans le message", en = "The bank’s logo in the message" },
        { fr = "Le message connaît ton prénom", en = "The message knows your first name" },
      },
      correct = 2,
      explain = {
        fr = "N’importe qui peut choisir le nom affiché et copier un logo, et ton prénom circule après des fuites de données. Le domaine après le @ en dit bien plus : « alerte@horizon-client.net » n’est pas banque-horizon.fr. Dans le doute, vérifie dans l’appli officielle.",
        en = "Anyone can pick a display name and copy a logo, and your first name leaks in data breaches. The domain after the @ tells you far more: “alert@horizon-client.net” is not banque-horizon.fr. When in doubt, check in the official app.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 30,
    },
    {
      id = "lookalike-domain",
      kind = "choice",
      prompt = {
        fr = "Le site de Banque Horizon est banque-horizon.fr. Lequel de ces liens y mène vraiment ?",
        en = "Banque Horizon’s website is banque-horizon.fr. Which of these links really goes there?",
      },
      choices = {
        { fr = "banque-horizon.fr.connexion-client.com", en = "banque-horizon.fr.connexion-client.com" },
        { fr = "banque-h0rizon.fr/connexion", en = "banque-h0rizon.fr/connexion" },
        { fr = "banque-horizon.fr/connexion", en = "banque-horizon.fr/connexion" },
        { fr = "banque-horizon-securite.fr", en = "banque-horizon-securite.fr" },
      },
      correct = 3,
      explain = {
        fr = "Le vrai domaine, c’est la fin du nom du site, juste avant le premier « / ». « …fr.connexion-client.com » mène donc à connexion-client.com, « h0rizon » cache un zéro, et « banque-horizon-securite.fr » est un autre site, que n’importe qui peut réserver.",
        en = "The real domain is the end of the site name, just before the first “/”. So “…fr.connexion-client.com” leads to connexion-client.com, “h0rizon” hides a zero, and “banque-horizon-securite.fr” is another site that anyone can register.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 35,
    },
    {
      id = "padlock-https",
      kind = "truefalse",
      prompt = {
        fr = "Un cadenas et « https » dans la barre d’adresse prouvent que tu es bien sur le site de ta banque.",
        en = "A padlock and “https” in the address bar prove you are really on your bank’s website.",
      },
      correct = false,
      explain = {
        fr = "Faux. Le cadenas signifie seulement que la connexion est chiffrée : personne ne peut lire en chemin ce que tu envoies. Les faux sites en affichent très souvent un. Pour savoir où tu es, lis le nom de domaine.",
        en = "False. The padlock only means the connection is encrypted: nobody can read what you send on the way. Fake sites very often show one too. To know where you are, read the domain name.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 20,
    },
    {
      id = "check-link",
      kind = "choice",
      prompt = {
        fr = "Sur ton téléphone, comment voir où mène vraiment un lien, avant de l’ouvrir ?",
        en = "On your phone, how can you see where a link really leads before opening it?",
      },
      choices = {
        { fr = "Appuyer longuement sur le lien", en = "Press and hold the link" },
        { fr = "Lire le texte du lien dans le message", en = "Read the link text in the message" },
        { fr = "Vérifier qu’il commence par https", en = "Check that it starts with https" },
        { fr = "L’ouvrir, puis regarder la page", en = "Open it, then look at the page" },
      },
      correct = 1,
      explain = {
        fr = "Un appui long (ou le survol à la souris sur ordinateur) affiche l’adresse réelle : le texte d’un lien peut annoncer un site et mener à un autre. « https » ne dit rien de l’identité du site, et ouvrir la page, c’est déjà prendre le risque.",
        en = "A long press (or hovering with the mouse on a computer) shows the real address: a link’s text can name one site and lead to another. “https” says nothing about who runs the site, and opening the page already takes the risk.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 25,
    },
    {
      id = "email-clues",
      kind = "multi",
      prompt = {
        fr = "Lina reçoit un e-mail « de sa banque ». Quels éléments doivent l’alerter ?",
        en = "Lina gets an email “from her bank”. Which details should put her on alert?",
      },
      choices = {
        { fr = "« Sans réponse sous 24 h, compte fermé »", en = "“No reply within 24 h, account closed”" },
        { fr = "Il commence par « Bonjour Lina »", en = "It starts with “Hello Lina”" },
        { fr = "Une pièce jointe inattendue : releve.zip", en = "An unexpected attachment: statement.zip" },
        { fr = "Au survol, le lien mène à bh-verif.com", en = "On hover, the link goes to bh-verif.com" },
        { fr = "Le logo de la banque est bien net", en = "The bank’s logo looks sharp" },
      },
      correct = { 1, 3, 4 },
      explain = {
        fr = "Une menace avec un délai, une pièce jointe qu’on n’attendait pas et un lien vers un autre domaine sont des signaux d’alerte classiques. Le prénom et un beau logo ne prouvent rien, ni dans un sens ni dans l’autre : les escrocs les obtiennent facilement.",
        en = "A threat with a deadline, an attachment you weren’t expecting and a link to another domain are classic warning signs. A first name and a neat logo prove nothing either way: scammers get them easily.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 40,
    },
    {
      id = "bank-password",
      kind = "truefalse",
      prompt = {
        fr = "Ta banque peut t’envoyer un e-mail pour te demander ton mot de passe afin de « sécuriser ton compte ».",
        en = "Your bank may email you asking for your password to “secure your account”.",
      },
      correct = false,
      explain = {
        fr = "Faux. Ta banque ne te demande jamais ton mot de passe, ni de lui donner un code reçu par SMS, que ce soit par e-mail, SMS ou téléphone. Une telle demande suffit à repérer l’arnaque : passe par l’appli de ta banque ou appelle ton conseiller.",
        en = "False. Your bank never asks for your password, or for a code it texted you, whether by email, text or phone. Such a request is enough to spot the scam: go through your bank’s app or call your adviser.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 20,
    },
    {
      id = "parcel-sms",
      kind = "multi",
      prompt = {
        fr = "Samir reçoit par SMS : « Colis en attente, frais de 1,99 € à régler ici : [lien] ». Quels sont les bons réflexes ?",
        en = "Samir gets a text: “Parcel on hold, pay the €1.99 fee here: [link]”. What are the right moves?",
      },
      choices = {
        { fr = "Transférer le SMS au 33700", en = "Forward the text to 33700" },
        { fr = "Répondre STOP pour ne plus en recevoir", en = "Reply STOP to unsubscribe" },
        { fr = "Vérifier dans l’appli du transporteur", en = "Check in the delivery company’s app" },
        { fr = "Payer : 1,99 €, c’est peu de risque", en = "Pay: €1.99 is a small risk" },
        { fr = "Rappeler le numéro qui a envoyé le SMS", en = "Call back the number that sent it" },
      },
      correct = { 1, 3 },
      explain = {
        fr = "Le 33700 (gratuit) aide les opérateurs à bloquer l’escroc, et l’appli officielle, ouverte par toi-même, dit si un colis t’attend. Les 1,99 € servent à voler ta carte bancaire. STOP marche pour la pub d’une marque, pas ici : répondre ou rappeler, c’est parler à l’escroc.",
        en = "In France, 33700 (free) helps operators block the scammer, and the official app, which you open yourself, tells you if a parcel is waiting. The €1.99 is bait to steal your card details. STOP works for a brand’s ads, not here: replying or calling back puts you in touch with the scammer.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 40,
    },
    {
      id = "report-email",
      kind = "choice",
      prompt = {
        fr = "Tu as reçu un e-mail d’hameçonnage et tu n’as pas cliqué. Où le signaler en France ?",
        en = "You got a phishing email and didn’t click. Where do you report it in France?",
      },
      choices = {
        { fr = "Par SMS au 33700", en = "By text to 33700" },
        { fr = "Sur signal-spam.fr", en = "On signal-spam.fr" },
        { fr = "En appelant le 3018", en = "By calling 3018" },
        { fr = "En le transférant à la CNIL", en = "By forwarding it to the CNIL" },
      },
      correct = 2,
      explain = {
        fr = "Signal Spam reçoit les e-mails frauduleux et aide à bloquer leurs expéditeurs. Le 33700, c’est pour les SMS et les appels ; le 3018, pour le harcèlement en ligne. Si tu as cliqué ou donné des informations, Cybermalveillance.gouv.fr t’aide pas à pas.",
        en = "Signal Spam collects fraudulent emails and helps block their senders. 33700 is for texts and calls; 3018 is for online harassment. If you clicked or gave out information, Cybermalveillance.gouv.fr guides you step by step.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 25,
    },
  },
}
