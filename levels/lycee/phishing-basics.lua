-- Level "phishing-basics" of the lycee pack (high-school students, a 10–15 minute round).
-- Teaches: spot a phishing email or text, read a link's real domain (and type it), check a link
-- on a phone without opening it, spot a fake login page asking for a texted code, and know
-- where to report (33700, signal-spam.fr) and where victims get help (17Cyber, with
-- Cybermalveillance.gouv.fr). Plain data only. The bank, people and domains are invented
-- (.example); only public services appear under their real names.
-- Sources: every question's `source` names its page; quotes in
-- /work/factcheck/i16/phishing-basics.sources.md. Licence: CC BY-SA 4.0.
return {
  id = "phishing-basics",
  title = { fr = "Hameçonnage : les bases", en = "Phishing: the basics" },
  description = {
    fr = "Repérer un e-mail ou un SMS piégé, vérifier un lien et savoir quoi faire : dix questions pour ne plus mordre à l’hameçon.",
    en = "Spot a trap email or text, check a link and know what to do: ten questions to stop taking the bait.",
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
        fr = "N’importe qui peut choisir le nom affiché et copier un logo, et ton prénom circule après des fuites de données. Le domaine après le @ en dit bien plus : « alerte@horizon-client.example » n’est pas horizon.example. Dans le doute, vérifie dans l’appli officielle.",
        en = "Anyone can pick a display name and copy a logo, and your first name leaks in data breaches. The domain after the @ tells you far more: “alert@horizon-client.example” is not horizon.example. When in doubt, check in the official app.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 30,
    },
    {
      id = "lookalike-domain",
      kind = "choice",
      prompt = {
        fr = "Le site de Banque Horizon est horizon.example. Lequel de ces liens y mène vraiment ?",
        en = "Banque Horizon’s website is horizon.example. Which of these links really goes there?",
      },
      choices = {
        { fr = "horizon.example.aide-client.example", en = "horizon.example.aide-client.example" },
        { fr = "h0rizon.example/connexion", en = "h0rizon.example/connexion" },
        { fr = "horizon.example/connexion", en = "horizon.example/connexion" },
        { fr = "horizon-securite.example", en = "horizon-securite.example" },
      },
      correct = 3,
      explain = {
        fr = "Le vrai domaine, c’est la fin du nom du site, juste avant le premier « / ». « …example.aide-client.example » mène donc à aide-client.example, « h0rizon » cache un zéro, et « horizon-securite.example » est un autre site, que n’importe qui peut réserver.",
        en = "The real domain is the end of the site name, just before the first “/”. So “…example.aide-client.example” leads to aide-client.example, “h0rizon” hides a zero, and “horizon-securite.example” is another site that anyone can register.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
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
      source = "Signal Arnaques, « HTTPS ? Cadenas vert ? Cassons le mythe de la sécurité… » : https://info.signal-arnaques.com/bonnes-pratiques/https-cadena-vert-cassons-mythe-de-securite/",
      time = 20,
    },
    {
      id = "check-link",
      kind = "choice",
      prompt = {
        fr = "Sur ton téléphone, un SMS « de ta banque » contient un lien. Quel est le moyen le plus sûr de vérifier ce qu’il annonce ?",
        en = "On your phone, a text “from your bank” contains a link. What is the safest way to check what it says?",
      },
      choices = {
        { fr = "Ne pas l’ouvrir : aller soi-même dans l’appli de la banque", en = "Don’t open it: go to the bank’s app yourself" },
        { fr = "Lire le texte du lien dans le message", en = "Read the link text in the message" },
        { fr = "Vérifier qu’il commence par https", en = "Check that it starts with https" },
        { fr = "L’ouvrir, puis regarder la page", en = "Open it, then look at the page" },
      },
      correct = 1,
      explain = {
        fr = "Sur ordinateur, le survol à la souris affiche l’adresse réelle. Sur téléphone, pas de survol, et l’appui long n’est pas sûr : sur iPhone, il peut afficher un aperçu de la page, donc la charger. Sur tout téléphone, le plus sûr : ne pas ouvrir le lien, et passer par l’appli ou le site que tu ouvres toi-même.",
        en = "On a computer, hovering with the mouse shows the real address. A phone has no hover, and a long press is not safe: on an iPhone it can show a preview of the page, which means loading it. On any phone, safest: don’t open the link, go through the app or site you open yourself.",
      },
      source = "Apple, documentation WebKit « allowsLinkPreview » (aperçu d’un lien) : https://developer.apple.com/documentation/webkit/wkwebview/allowslinkpreview",
      time = 35,
    },
    {
      id = "email-clues",
      kind = "multi",
      prompt = {
        fr = "Lina reçoit un e-mail « de sa banque ». Quels éléments doivent l’alerter ?",
        en = "Lina gets an email “from her bank”. Which details should put her on alert?",
      },
      choices = {
        { fr = "« Sans réponse sous 24 h, compte fermé »", en = "“No reply within 24 h, account closed”" },
        { fr = "Il commence par « Bonjour Lina »", en = "It starts with “Hello Lina”" },
        { fr = "Une pièce jointe inattendue : releve.zip", en = "An unexpected attachment: statement.zip" },
        { fr = "Au survol, le lien mène à bh-verif.example", en = "On hover, the link goes to bh-verif.example" },
        { fr = "Le logo de la banque est bien net", en = "The bank’s logo looks sharp" },
      },
      correct = { 1, 3, 4 },
      explain = {
        fr = "Une menace avec un délai, une pièce jointe qu’on n’attendait pas et un lien vers un autre domaine sont des signaux d’alerte classiques. Le prénom et un beau logo ne prouvent rien, ni dans un sens ni dans l’autre : les escrocs les obtiennent facilement.",
        en = "A threat with a deadline, an attachment you weren’t expecting and a link to another domain are classic warning signs. A first name and a neat logo prove nothing either way: scammers get them easily.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 40,
    },
    {
      id = "bank-password",
      kind = "truefalse",
      prompt = {
        fr = "Un vrai e-mail de ta banque peut te demander ton mot de passe afin de « sécuriser ton compte ».",
        en = "A genuine email from your bank may ask for your password to “secure your account”.",
      },
      correct = false,
      explain = {
        fr = "Faux. Aucun message, aucun lien (e-mail, SMS, appel) ne doit te demander ton mot de passe ou un code reçu par SMS. Tu ne les tapes que dans l’appli ou sur le site de ta banque, que tu ouvres toi-même. Une telle demande suffit à repérer l’arnaque.",
        en = "False. No message and no link (email, text, call) should ask for your password or a code you got by text. You only type them in your bank’s app or website, which you open yourself. Such a request is enough to spot the scam.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 20,
    },
    {
      id = "parcel-sms",
      kind = "multi",
      prompt = {
        fr = "Samir reçoit par SMS : « Colis en attente, frais de 1,99 € à régler ici : [lien] ». Quels sont les bons réflexes ?",
        en = "Samir gets a text: “Parcel on hold, pay the €1.99 fee here: [link]”. What are the right moves?",
      },
      choices = {
        { fr = "Transférer le SMS au 33700", en = "Forward the text to 33700" },
        { fr = "Répondre STOP pour ne plus en recevoir", en = "Reply STOP to unsubscribe" },
        { fr = "Vérifier dans l’appli du transporteur", en = "Check in the delivery company’s app" },
        { fr = "Payer : 1,99 €, c’est peu de risque", en = "Pay: €1.99 is a small risk" },
        { fr = "Rappeler le numéro qui a envoyé le SMS", en = "Call back the number that sent it" },
      },
      correct = { 1, 3 },
      explain = {
        fr = "Le 33700 (gratuit) aide les opérateurs à bloquer l’escroc, et l’appli officielle, ouverte par toi-même, dit si un colis t’attend. Les 1,99 € servent à voler ta carte bancaire. STOP marche pour la pub d’une marque, pas ici : répondre ou rappeler, c’est parler à l’escroc.",
        en = "In France, 33700 (free) helps operators block the scammer, and the official app, which you open yourself, tells you if a parcel is waiting. The €1.99 is bait to steal your card details. STOP works for a brand’s ads, not here: replying or calling back puts you in touch with the scammer.",
      },
      source = "DGCCRF, « SMS et appels indésirables : le 33 700… » : https://www.economie.gouv.fr/dgccrf/sms-et-appels-indesirables-le-33-700-facilite-le-signalement-des-numeros-frauduleux",
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
        { fr = "Par SMS au 33700", en = "By text to 33700" },
        { fr = "Sur signal-spam.fr", en = "On signal-spam.fr" },
        { fr = "En appelant le 3018", en = "By calling 3018" },
        { fr = "En le transférant à la CNIL", en = "By forwarding it to the CNIL" },
      },
      correct = 2,
      explain = {
        fr = "Signal Spam reçoit les e-mails frauduleux et aide à bloquer leurs expéditeurs. Le 33700, c’est pour les SMS et les appels ; le 3018, pour le harcèlement en ligne. Si tu as cliqué ou donné des informations, 17Cyber (17cyber.gouv.fr), avec Cybermalveillance.gouv.fr, t’aide pas à pas.",
        en = "Signal Spam collects fraudulent emails and helps block their senders. 33700 is for texts and calls; 3018 is for online harassment. If you clicked or gave out information, France’s 17Cyber service (17cyber.gouv.fr), with Cybermalveillance.gouv.fr, guides you step by step.",
      },
      source = "Signal Spam, FAQ : https://www.signal-spam.fr/foire-aux-questions/ · 17Cyber : https://17cyber.gouv.fr",
      time = 25,
    },
    {
      id = "type-domain",
      kind = "input",
      prompt = {
        fr = "Un lien mène à : https://compte-client.example/horizon.example/connexion. Tape le vrai domaine de ce site.",
        en = "A link leads to: https://compte-client.example/horizon.example/connexion. Type the site’s real domain.",
      },
      accept = { "compte-client.example", "compte-client.example/", "https://compte-client.example", "https://compte-client.example/" },
      explain = {
        fr = "Le domaine s’arrête au premier « / » après « https:// » : ici compte-client.example. Tout ce qui suit, même « horizon.example », n’est qu’un chemin choisi par le propriétaire du site pour te rassurer.",
        en = "The domain ends at the first “/” after “https://”: here compte-client.example. Everything after it, even “horizon.example”, is just a path the site’s owner picked to reassure you.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 45,
    },
    {
      id = "fake-login",
      kind = "hotspot",
      prompt = {
        fr = "Noé a touché le lien d’un SMS « de sa banque ». Cette page s’ouvre. Appuie sur ce qui doit l’alerter, puis valide.",
        en = "Noé tapped the link in a text “from his bank”. This page opens. Tap what should warn him, then submit.",
      },
      browser = {
        url = {
          text = "https://horizon.example.acces-client.example/login",
          clue = {
            fr = "Le vrai domaine est acces-client.example ; « horizon.example » est un leurre.",
            en = "The real domain is acces-client.example; “horizon.example” is a decoy.",
          },
        },
        title = { fr = "Banque Horizon — Espace client", en = "Banque Horizon — Customer area" },
        body = {
          {
            text = {
              fr = "Compte bloqué : débloquez-le avant 18 h, sinon il sera fermé.",
              en = "Account blocked: unblock it before 6 pm or it will be closed.",
            },
            clue = {
              fr = "Une menace avec un délai, pour te faire agir sans réfléchir.",
              en = "A threat with a deadline, to rush you into acting without thinking.",
            },
          },
          {
            text = {
              fr = "Saisissez aussi le code reçu par SMS.",
              en = "Also enter the code you got by text.",
            },
            clue = {
              fr = "Avec ce code, l’escroc entre dans ton compte à ta place.",
              en = "With that code, the scammer gets into your account instead of you.",
            },
          },
        },
        fields = { { fr = "Mot de passe", en = "Password" } },
        button = { fr = "Se connecter", en = "Log in" },
      },
      explain = {
        fr = "Trois indices : le domaine, la menace et la demande du code reçu par SMS. Le titre et le cadenas ne prouvent rien. Si l’adresse ne correspond pas exactement au site attendu, ferme la page et ouvre toi-même l’appli de ta banque.",
        en = "Three clues: the domain, the threat and the request for the texted code. The title and the padlock prove nothing. If the address does not match the expected site exactly, close the page and open your bank’s app yourself.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 60,
    },
  },
}
