-- Level "donnees-personnelles" of the pme pack (staff of small companies, with a trainer).
-- Personal data day to day (GDPR for staff): what is personal data, collecting only what is
-- needed, who may see it, what a data breach is, and what happens after one.
-- Facts (sources in /work/guide/donnees-personnelles.sources.md; second reader's notes in
-- /work/factcheck/donnees-personnelles.md): personal data is any information relating to a
-- person identified or identifiable, directly or indirectly (customer number, IP address,
-- photo, named email); data about a company (switchboard number, generic email) is not
-- (Entreprendre.Service-Public.fr, F24270; CNIL's position: "in principle"); data must be
-- limited to what is needed for the purpose (CNIL, « Minimisation »: a worker's marital status
-- is not needed for HR work); each user reaches only the data their job needs (CNIL security
-- guide, « Gérer les habilitations »); a breach is a loss of availability, integrity or
-- confidentiality of personal data, accidental or unlawful; the organisation documents it
-- internally, notifies the CNIL within 72 hours at most when there is a risk, and the people
-- concerned too when the risk is high (CNIL).
-- Company, people and domains are invented.
return {
  id = "donnees-personnelles",
  title = { fr = "Données personnelles au quotidien", en = "Personal data day to day" },
  description = {
    fr = "Reconnaître une donnée personnelle, n’en demander que ce qu’il faut, savoir qui peut la voir et réagir tout de suite quand elle s’échappe : dix questions.",
    en = "Recognise personal data, ask only for what is needed, know who may see it and act at once when it gets out: ten questions.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "what-is-personal",
      kind = "sort",
      prompt = {
        fr = "Donnée personnelle ou non ? Classez chaque carte.",
        en = "Personal data or not? Sort each card.",
      },
      bins = {
        { fr = "Personnelle", en = "Personal" },
        { fr = "Pas personnelle", en = "Not personal" },
      },
      items = {
        { text = { fr = "Le numéro client C-20417", en = "Customer number C-20417" }, bin = 1 },
        { text = { fr = "L’adresse IP du portable d’une salariée", en = "The IP address of an employee’s laptop" }, bin = 1 },
        { text = { fr = "La photo d’un collègue au pot de départ", en = "A photo of a colleague at a leaving do" }, bin = 1 },
        { text = { fr = "c.morel@vasseur.example", en = "c.morel@vasseur.example" }, bin = 1 },
        { text = { fr = "Le chiffre d’affaires de l’entreprise", en = "The company’s turnover" }, bin = 2 },
        { text = { fr = "contact@vasseur.example", en = "contact@vasseur.example" }, bin = 2 },
        { text = { fr = "Le numéro du standard de l’entreprise", en = "The company switchboard’s number" }, bin = 2 },
        { text = { fr = "Le nombre total de commandes en mars", en = "The total number of orders in March" }, bin = 2 },
      },
      explain = {
        fr = "Une donnée est personnelle dès qu’elle permet d’identifier quelqu’un, même indirectement : numéro client, adresse IP (le numéro d’un appareil sur internet), photo, e-mail nominatif. Coordonnées génériques et chiffres de l’entreprise ne visent, en principe, personne. Règle : demandez-vous « peut-on remonter à quelqu’un ? »",
        en = "Data is personal as soon as it can identify a person, even indirectly: a customer number, an IP address (a device’s number on the internet), a photo, a named email. Generic contact details and company figures, in principle, point to no one. Rule: ask yourself “could this lead back to someone?”",
      },
      source = "Entreprendre.Service-Public.fr, « Obligations en matière de protection des données personnelles (RGPD) » : https://entreprendre.service-public.fr/vosdroits/F24270",
      time = 60,
    },
    {
      id = "seminar-form",
      kind = "hotspot",
      prompt = {
        fr = "Les RH ont préparé ce formulaire. Touchez ce qui ne va pas.",
        en = "HR drafted this form. Tap what is wrong.",
      },
      document = {
        letterhead = {
          text = "Atelier Vasseur SAS",
          detail = "rh@vasseur.example",
        },
        title = { fr = "Inscription au séminaire de printemps", en = "Spring away-day: registration" },
        date = { fr = "Nanterre, le 2 mars 2027", en = "Nanterre, 2 March 2027" },
        body = {
          {
            id = "all-staff",
            text = {
              fr = "À renvoyer à tout-le-personnel@vasseur.example.",
              en = "Send it back to all-staff@vasseur.example.",
            },
            clue = {
              fr = "Toutes les réponses visibles par tout le personnel.",
              en = "Every answer visible to all the staff.",
            },
          },
        },
        lines = {
          { text = { fr = "Nom et prénom", en = "Full name" }, amount = "…………" },
          { text = { fr = "Atelier choisi (A, B ou C)", en = "Workshop chosen (A, B or C)" }, amount = "…………" },
          {
            id = "social-security",
            text = { fr = "N° de sécurité sociale", en = "Social security number" },
            amount = "…………",
            clue = {
              fr = "Inutile pour s’inscrire à un séminaire.",
              en = "Not needed to sign up for an away-day.",
            },
          },
          {
            id = "family",
            text = { fr = "Situation familiale, nombre d’enfants", en = "Marital status, number of children" },
            amount = "…………",
            clue = {
              fr = "Sans rapport avec le but : à ne pas demander.",
              en = "Unrelated to the purpose: do not ask.",
            },
          },
        },
        signature = { fr = "Le service RH", en = "The HR team" },
      },
      explain = {
        fr = "On ne collecte que ce qui sert au but annoncé : pour un séminaire, le nom et l’atelier suffisent. Et des réponses personnelles ne s’envoient pas à une liste de tout le personnel. Règle : pour chaque case, demandez-vous « à quoi va-t-elle servir ? »",
        en = "Collect only what serves the stated purpose: for an away-day, the name and the workshop are enough. And personal answers are not sent to an all-staff list. Rule: for every box, ask “what is this for?”",
      },
      source = "CNIL, « Minimisation » (définition) : https://www.cnil.fr/fr/definition/minimisation",
      time = 60,
    },
    {
      id = "need-to-know",
      kind = "choice",
      prompt = {
        fr = "Le dossier partagé des salaires s’ouvre aussi pour vous, au service commercial. Que faites-vous ?",
        en = "The shared salaries folder also opens for you, in the sales team. What do you do?",
      },
      choices = {
        { fr = "Je n’ouvre pas et je le signale pour qu’on corrige les accès", en = "I don’t open it and report it so access gets fixed" },
        { fr = "Je regarde vite, sans rien copier", en = "I take a quick look, without copying anything" },
        { fr = "Rien : si j’y ai accès, c’est que j’ai le droit", en = "Nothing: if I have access, I am allowed" },
        { fr = "J’en parle aux collègues pour qu’ils vérifient aussi", en = "I tell colleagues so that they check too" },
      },
      correct = 1,
      explain = {
        fr = "Chacun ne doit accéder qu’aux données nécessaires à ses missions : un accès ouvert par erreur n’est pas une autorisation. Jeter un œil, c’est déjà un accès dont vous n’avez pas besoin. Règle : pas besoin pour votre travail, pas d’accès ; signalez l’erreur.",
        en = "Everyone should reach only the data their job needs: access opened by mistake is not permission. A quick look is already access you do not need. Rule: not needed for your work, no access; report the mistake.",
      },
      source = "CNIL, « Sécurité : Gérer les habilitations » : https://www.cnil.fr/fr/securite-gerer-les-habilitations",
      time = 30,
    },
    {
      id = "what-is-breach",
      kind = "multi",
      prompt = {
        fr = "Lesquels de ces incidents sont des violations de données personnelles ?",
        en = "Which of these incidents are personal data breaches?",
      },
      choices = {
        { fr = "Vol d’un portable non chiffré, fichier clients dedans", en = "A stolen unencrypted laptop with the customer file" },
        { fr = "La paie effacée par erreur, sans sauvegarde", en = "Payroll deleted by mistake, no backup" },
        { fr = "La liste des adhérents envoyée à la mauvaise personne", en = "The members’ list sent to the wrong person" },
        { fr = "Un client déménage et vous mettez son adresse à jour", en = "A customer moves and you update their address" },
        { fr = "Un devis sans aucun nom envoyé en retard", en = "A quote with no names sent late" },
        { fr = "Le serveur redémarre pour une mise à jour", en = "The server restarts for an update" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "Une violation, c’est des données personnelles vues par qui ne devait pas, modifiées ou perdues, par accident ou non : vol, effacement sans sauvegarde, mauvais destinataire. Règle : une erreur d’envoi compte aussi, signalez-la.",
        en = "A breach is personal data seen by the wrong people, altered or lost, by accident or on purpose: a theft, a deletion with no backup, a message to the wrong person. Rule: a misdirected email counts too; report it.",
      },
      source = "CNIL, « Notifier une violation de données personnelles » : https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
      time = 45,
    },
    {
      id = "breach-first",
      kind = "choice",
      prompt = {
        fr = "Vous venez d’envoyer par erreur le tableau des salaires à un client. Que faites-vous d’abord ?",
        en = "You have just sent the salary sheet to a customer by mistake. What do you do first?",
      },
      choices = {
        { fr = "Je préviens tout de suite mon responsable ou le DPO", en = "I tell my manager or the DPO right away" },
        { fr = "J’attends de voir si le client réagit", en = "I wait to see whether the customer reacts" },
        { fr = "J’efface le message de mes envois, sans rien dire", en = "I delete it from my sent items and say nothing" },
        { fr = "Je déclare moi-même l’incident à la CNIL", en = "I report the incident to the CNIL myself" },
      },
      correct = 1,
      explain = {
        fr = "Prévenez aussitôt votre responsable ou le DPO, le délégué à la protection des données : c’est l’entreprise qui évalue le risque et notifie la CNIL, l’autorité des données personnelles, avec un délai court. Effacer vos envois ne rappelle pas le message. Règle : une erreur signalée vite se répare ; cachée, elle s’aggrave.",
        en = "Tell your manager or the DPO, the data protection officer, at once: the company assesses the risk and notifies the CNIL, France’s data protection authority, within a short deadline. Deleting your sent copy does not recall the message. Rule: a mistake reported fast can be repaired; hidden, it gets worse.",
      },
      source = "CNIL, « Notifier une violation de données personnelles » : https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
      time = 30,
    },
    {
      id = "breach-steps",
      kind = "order",
      prompt = {
        fr = "Après cette erreur d’envoi, remettez dans l’ordre ce qui se passe.",
        en = "After that misdirected email, put what happens in order.",
      },
      items = {
        { fr = "Vous prévenez aussitôt votre responsable ou le DPO", en = "You tell your manager or the DPO at once" },
        { fr = "L’entreprise documente : quoi, qui, quelles conséquences", en = "The company documents it: what, who, what consequences" },
        { fr = "S’il y a un risque, elle notifie la CNIL", en = "If there is a risk, it notifies the CNIL" },
        { fr = "Si le risque est élevé, elle informe les personnes", en = "If the risk is high, it informs the people concerned" },
      },
      explain = {
        fr = "L’entreprise ne peut agir que si elle sait : votre alerte vient en premier. Elle documente l’incident dans tous les cas, notifie la CNIL s’il y a un risque, et prévient les personnes si le risque est élevé. Règle : votre rôle, c’est l’alerte immédiate.",
        en = "The company can only act if it knows: your alert comes first. It documents the incident in every case, notifies the CNIL if there is a risk, and tells the people if the risk is high. Rule: your part is the immediate alert.",
      },
      source = "CNIL, « Notifier une violation de données personnelles » : https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
      time = 45,
    },
    {
      id = "authority",
      kind = "input",
      prompt = {
        fr = "Quelle autorité l’entreprise doit-elle notifier d’une violation de données qui présente un risque ? (son sigle)",
        en = "Which French authority must the company notify of a data breach that poses a risk? (its acronym)",
      },
      accept = { "CNIL", "la CNIL", "Commission nationale de l’informatique et des libertés" },
      explain = {
        fr = "La CNIL, Commission nationale de l’informatique et des libertés, reçoit les notifications par son téléservice. En cas de doute sur le risque, la CNIL conseille de notifier : elle dira s’il faut informer les personnes. Règle : dans le doute, on notifie.",
        en = "The CNIL, France’s data protection authority, receives notifications through its online service. When unsure about the risk, the CNIL advises notifying: it will say whether people must be told. Rule: when in doubt, notify.",
      },
      source = "CNIL, « Quand faut-il notifier une violation de données à la CNIL ? » : https://www.cnil.fr/fr/cnil-direct/question/reglement-europeen-quand-faut-il-notifier-une-violation-de-donnees-la-cnil",
      time = 30,
    },
    {
      id = "deadline",
      kind = "estimate",
      prompt = {
        fr = "L’entreprise apprend une violation de données qui présente un risque. Au plus tard combien d’heures après doit-elle notifier la CNIL ?",
        en = "The company learns of a data breach that poses a risk. At the latest, how many hours later must it notify the CNIL?",
      },
      min = 0,
      max = 240,
      answer = 72,
      close = 0.02,
      spread = 0.15,
      unit = "h",
      format = "plain",
      explain = {
        fr = "Dans les meilleurs délais, et au plus tard 72 heures après avoir eu connaissance de la violation. Si tout n’est pas connu, on notifie d’abord, puis on complète. Règle : 72 heures, c’est pour l’entreprise ; pour vous, l’alerte, c’est tout de suite.",
        en = "As soon as possible, and at the latest 72 hours after becoming aware of the breach. If not everything is known, notify first, then complete it. Rule: 72 hours is for the company; for you, the alert is right away.",
      },
      source = "CNIL, « Quand faut-il notifier une violation de données à la CNIL ? » : https://www.cnil.fr/fr/cnil-direct/question/reglement-europeen-quand-faut-il-notifier-une-violation-de-donnees-la-cnil",
      time = 30,
    },
    {
      id = "tell-everyone",
      kind = "truefalse",
      prompt = {
        fr = "Après toute violation de données, l’entreprise doit prévenir une à une chaque personne concernée.",
        en = "After any data breach, the company must inform every person concerned, one by one.",
      },
      correct = false,
      explain = {
        fr = "Faux. Informer les personnes est obligatoire quand le risque pour elles est élevé, pour qu’elles puissent se protéger. Chaque violation est en revanche documentée en interne. Règle : ce n’est pas à vous de décider, c’est à l’entreprise, une fois alertée.",
        en = "False. Informing the people is required when the risk to them is high, so that they can protect themselves. Every breach, though, is documented internally. Rule: it is not yours to decide but the company’s, once alerted.",
      },
      source = "CNIL, « Notifier une violation de données personnelles » : https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
      time = 25,
    },
    {
      id = "ip-address",
      kind = "choice",
      prompt = {
        fr = "Un prestataire affirme : « Nos journaux ne gardent que des adresses IP, donc aucune donnée personnelle. » Qu’en pensez-vous ?",
        en = "A supplier says: “Our logs only keep IP addresses, so no personal data.” What do you think?",
      },
      choices = {
        { fr = "Faux : une adresse IP peut identifier quelqu’un indirectement", en = "Wrong: an IP address can identify someone indirectly" },
        { fr = "Vrai : une adresse IP n’est qu’un numéro technique", en = "Right: an IP address is just a technical number" },
        { fr = "Vrai, tant qu’il n’y a pas de nom à côté", en = "Right, as long as no name sits next to it" },
        { fr = "Vrai, si les journaux sont effacés chaque année", en = "Right, if the logs are erased every year" },
      },
      correct = 1,
      explain = {
        fr = "Une adresse IP peut permettre d’identifier une personne indirectement, comme une plaque d’immatriculation : pas besoin d’un nom à côté pour que la donnée soit personnelle. Règle : un identifiant, même technique, se protège comme un nom.",
        en = "An IP address can make it possible to identify a person indirectly, like a number plate: no name is needed next to it for the data to be personal. Rule: an identifier, even a technical one, is protected like a name.",
      },
      source = "Ministère de la Transition écologique, « Les données à caractère personnel » : https://formations-geomatiques.developpement-durable.gouv.fr/NAT009/ADL/Aspects_Juridique/co/50a1_donnees.html",
      time = 30,
    },
  },
}
