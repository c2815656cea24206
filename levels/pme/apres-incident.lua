-- Level "apres-incident" of the pme pack (staff of small companies, in a one-hour session led
-- by a trainer). After an incident: who to call and in which order. The bank at once for a
-- fraudulent transfer, 17Cyber (17cyber.gouv.fr, run with Cybermalveillance.gouv.fr, the
-- police and the gendarmerie) for a diagnosis and help, the CNIL for a personal-data breach
-- (72 hours, notified by the organisation), a complaint, and the evidence to keep.
-- Plain data only. Companies and people are invented; the public services are named as they are.
-- Sources, question by question: /work/guide/apres-incident.sources.md; second reading (Dec 2026):
-- /work/factcheck/apres-incident.md.
return {
  id = "apres-incident",
  title = { fr = "Après l’incident : qui appeler ?", en = "After an incident: who to call?" },
  description = {
    fr = "Un virement parti sur un faux RIB, un fichier clients qui fuit, un écran de rançon : les bons interlocuteurs, dans le bon ordre, et les preuves à garder.",
    en = "A transfer sent to fake bank details, a customer file leaking, a ransom screen: the right people to call, in the right order, and the evidence to keep.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "diag-exposed",
      kind = "estimate",
      prompt = {
        fr = "Enquête CS&IA-92 auprès des entreprises des Hauts-de-Seine de plus de 5 salariés : quelle part des entreprises du numérique se disent exposées aux risques cyber ?",
        en = "CS&IA-92 survey of Hauts-de-Seine firms with more than 5 staff: what share of digital firms say they are exposed to cyber risks?",
      },
      min = 0,
      max = 100,
      answer = 75,
      unit = "%",
      explain = {
        fr = "75 % des entreprises du numérique se disent fortement ou moyennement exposées, contre 54 % des autres. Ce sont des chiffres régionaux, pas nationaux. Se sentir exposé ne dit pas quoi faire le jour J : notez dès aujourd’hui qui appeler.",
        en = "75% of digital firms say they are highly or moderately exposed, against 54% of the others. These are regional figures, not national ones. Feeling exposed does not tell you what to do on the day: write down today who to call.",
      },
      source = "Diagnostic CS&IA-92 (synthèse, Hauts-de-Seine)",
      time = 35,
    },
    {
      id = "first-call-bank",
      kind = "choice",
      prompt = {
        fr = "Vous venez de payer 12 400 € sur un faux RIB. Qui appelez-vous en premier ?",
        en = "You have just paid €12,400 to fake bank details. Who do you call first?",
      },
      choices = {
        { fr = "Votre banque, pour tenter de bloquer ou récupérer les fonds", en = "Your bank, to try to stop or recover the funds" },
        { fr = "17Cyber, pour un diagnostic en ligne", en = "17Cyber, for an online diagnosis" },
        { fr = "La CNIL, pour déclarer l’incident", en = "The CNIL, to report the incident" },
        { fr = "Le fournisseur, pour lui demander de patienter", en = "The supplier, to ask them to wait" },
      },
      correct = 1,
      explain = {
        fr = "C’est votre banque qui peut tenter de suspendre le virement ou de demander le retour des fonds : alertez-la immédiatement. 17Cyber (l’aide publique en ligne aux victimes), le vrai fournisseur dont le nom a été usurpé, et la plainte viennent juste après. Argent parti : la banque d’abord, tout de suite.",
        en = "Your bank is the one that can try to suspend the transfer or ask for the funds back: alert it at once. 17Cyber (the public online help for victims), the real supplier whose name was used, and the complaint come right after. Money gone: the bank first, straight away.",
      },
      source = "« Que faire en cas de fraude au virement ou au faux RIB ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 25,
    },
    {
      id = "entry-point",
      kind = "input",
      prompt = {
        fr = "Le 17 de la police a son équivalent en ligne pour les victimes de cybermalveillance, entreprises comprises. Quelle est son adresse ?",
        en = "France’s police number 17 has an online counterpart for victims of cybercrime, firms included. What is its web address?",
      },
      accept = { "17cyber.gouv.fr", "www.17cyber.gouv.fr", "17cyber", "17 cyber" },
      explain = {
        fr = "17cyber.gouv.fr, ouvert en décembre 2024 et conçu par Cybermalveillance.gouv.fr, la police et la gendarmerie : un diagnostic en quelques questions, des conseils, et si besoin un prestataire ou un policier ou gendarme par tchat. Notez l’adresse dans vos procédures.",
        en = "17cyber.gouv.fr, opened in December 2024 and designed by Cybermalveillance.gouv.fr, the police and the gendarmerie: a diagnosis in a few questions, advice, and if needed an IT provider or a police officer by chat. Write the address into your procedures.",
      },
      source = "France Num, « Victime de cybermalveillance ? … » : https://www.francenum.gouv.fr/guides-et-conseils/protection-contre-les-risques/cybersecurite/victime-de-cybermalveillance-rendez",
      time = 40,
    },
    {
      id = "ransom-order",
      kind = "order",
      prompt = {
        fr = "Un écran de rançon s’affiche sur votre poste. Remettez ces étapes dans l’ordre.",
        en = "A ransom screen appears on your computer. Put these steps in order.",
      },
      items = {
        { fr = "Débrancher le poste du réseau, sans l’éteindre", en = "Unplug the computer from the network, without switching it off" },
        { fr = "Prévenir votre responsable et le prestataire informatique", en = "Tell your manager and the IT provider" },
        { fr = "Décrire l’incident sur 17Cyber pour être aidé", en = "Describe the incident on 17Cyber to get help" },
        { fr = "Déposer plainte, preuves à l’appui", en = "File a complaint, with the evidence" },
      },
      explain = {
        fr = "On coupe d’abord le réseau pour que l’attaque ne s’étende pas, sans éteindre le poste, comme le conseille la gendarmerie. Puis on alerte ceux qui décident et réparent, on se fait aider, et on porte plainte. Et on ne paie pas la rançon.",
        en = "First cut the network so the attack does not spread, without switching the computer off, as the gendarmerie advises. Then alert those who decide and repair, get help, and file a complaint. And do not pay the ransom.",
      },
      source = "Gendarmerie nationale, « The data on my server is encrypted and a message asks me for a ransom. What should I do? » : https://faq.gendarmerie.interieur.gouv.fr/en-US/Post/2812",
      time = 45,
    },
    {
      id = "who-for-what",
      kind = "sort",
      prompt = {
        fr = "Pour chaque incident, quel interlocuteur extérieur prévenir ?",
        en = "For each incident, which outside contact do you alert?",
      },
      bins = {
        { fr = "Banque", en = "Bank" },
        "CNIL",
        "17Cyber",
      },
      items = {
        { text = { fr = "Un virement parti sur un faux RIB il y a une heure", en = "A transfer sent to fake bank details an hour ago" }, bin = 1 },
        { text = { fr = "La carte bancaire de l’entreprise débitée à votre insu", en = "The company bank card charged without your knowledge" }, bin = 1 },
        { text = { fr = "Le fichier clients volé lors d’un piratage", en = "The customer file stolen in a hack" }, bin = 2 },
        { text = { fr = "Les fiches de paie de l’équipe envoyées par erreur à un client", en = "The team’s payslips sent to a customer by mistake" }, bin = 2 },
        { text = { fr = "Un écran qui réclame une rançon", en = "A screen demanding a ransom" }, bin = 3 },
        { text = { fr = "Un ordinateur au comportement étrange : un virus ?", en = "A computer acting strangely: a virus?" }, bin = 3 },
      },
      explain = {
        fr = "L’argent : la banque, pour bloquer ou faire opposition. Des données personnelles perdues, volées ou envoyées par erreur : une violation, que l’entreprise notifie à la CNIL s’il y a un risque. Le reste, et en cas de doute : 17Cyber pose le diagnostic et oriente, et peut aussi vous aider dans les deux autres cas.",
        en = "Money: the bank, to stop it or block the card. Personal data lost, stolen or sent by mistake: a breach, which the company notifies to the CNIL when there is a risk. The rest, and when in doubt: 17Cyber makes the diagnosis and points the way, and can help in the other two cases too.",
      },
      source = "CNIL, « Notifier une violation de données personnelles » : https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
      time = 50,
    },
    {
      id = "cnil-72h",
      kind = "estimate",
      prompt = {
        fr = "Une fuite de données personnelles présente un risque pour les personnes. En combien d’heures au plus l’entreprise doit-elle la notifier à la CNIL ?",
        en = "A personal data breach puts people at risk. At most, how many hours does the company have to notify the CNIL?",
      },
      min = 0,
      max = 240,
      answer = 72,
      unit = "h",
      format = "plain",
      explain = {
        fr = "Dans les meilleurs délais, et au plus tard dans les 72 heures après avoir constaté la violation. Si tout n’est pas encore connu, on peut notifier en deux temps. Ce délai court vite : signalez une fuite en interne le jour même.",
        en = "As soon as possible, and at the latest within 72 hours of discovering the breach. If not everything is known yet, you can notify in two steps. The clock runs fast: report a leak inside the company the same day.",
      },
      source = "CNIL, « Quand faut-il notifier une violation de données à la CNIL ? » : https://www.cnil.fr/fr/cnil-direct/question/reglement-europeen-quand-faut-il-notifier-une-violation-de-donnees-la-cnil",
      time = 35,
    },
    {
      id = "who-notifies",
      kind = "choice",
      prompt = {
        fr = "Le fichier clients a fui. Qui notifie la violation à la CNIL ?",
        en = "The customer file has leaked. Who notifies the breach to the CNIL?",
      },
      choices = {
        { fr = "L’entreprise, responsable du fichier (dirigeant ou DPO)", en = "The company, responsible for the file (its head or DPO)" },
        { fr = "Le salarié qui a découvert la fuite, en son nom", en = "The employee who found the leak, in their own name" },
        { fr = "Chaque client concerné, pour lui-même", en = "Each customer concerned, for themselves" },
        { fr = "La police, quand l’entreprise porte plainte", en = "The police, when the company files a complaint" },
      },
      correct = 1,
      explain = {
        fr = "Le RGPD, le règlement européen sur les données, confie la notification au responsable du fichier : l’entreprise, par son dirigeant ou son DPO (délégué à la protection des données). Une plainte ne vaut pas notification. Votre rôle de salarié : alerter tout de suite en interne, pour que le délai de 72 heures puisse être tenu.",
        en = "The GDPR, the EU data protection regulation, gives the notification to whoever is responsible for the file: the company, through its head or its DPO (data protection officer). A complaint is not a notification. Your role as an employee: raise the alarm inside at once, so that the 72-hour deadline can be met.",
      },
      source = "CNIL, « Notifier une violation de données personnelles » : https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
      time = 25,
    },
    {
      id = "evidence",
      kind = "multi",
      prompt = {
        fr = "Un faux RIB vous a coûté un virement. Que conservez-vous pour la banque et pour porter plainte ?",
        en = "Fake bank details cost you a transfer. What do you keep for the bank and for filing a complaint?",
      },
      choices = {
        { fr = "L’e-mail reçu, avec sa pièce jointe", en = "The email received, with its attachment" },
        { fr = "Le relevé de compte qui montre le virement", en = "The bank statement showing the transfer" },
        { fr = "La facture avec le faux RIB", en = "The invoice with the fake bank details" },
        { fr = "Supprimer l’e-mail, pour qu’aucun collègue ne clique", en = "Delete the email, so that no colleague clicks it" },
        { fr = "Une capture de l’e-mail, en supprimant l’original", en = "A screenshot of the email, deleting the original" },
        { fr = "Rien : la banque a déjà toutes les traces du virement", en = "Nothing: the bank already has every record of the transfer" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "L’e-mail, la facture et le relevé serviront à la banque et aux enquêteurs : gardez les originaux, pas une simple capture. La banque ne voit pas le message de l’escroc. Avant de nettoyer quoi que ce soit, conservez.",
        en = "The email, the invoice and the statement will help the bank and the investigators: keep the originals, not just a screenshot. The bank does not see the fraudster’s message. Before cleaning anything up, keep it.",
      },
      source = "« Que faire en cas de fraude au virement ou au faux RIB ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 40,
    },
    {
      id = "cyber17-firms",
      kind = "truefalse",
      prompt = {
        fr = "17Cyber est réservé aux particuliers : une entreprise victime doit trouver seule son prestataire.",
        en = "17Cyber is for private individuals only: a firm that falls victim must find an IT provider on its own.",
      },
      correct = false,
      explain = {
        fr = "Faux. 17Cyber s’adresse à toutes les victimes : particuliers, entreprises et collectivités. Il pose un diagnostic, donne des conseils et, si besoin, oriente vers un prestataire ou un policier ou gendarme par tchat, jour et nuit. Commencez par là.",
        en = "False. 17Cyber is for all victims: individuals, firms and local authorities. It makes a diagnosis, gives advice and, if needed, puts you in touch with an IT provider or a police officer by chat, day and night. Start there.",
      },
      source = "France Num, « Victime de cybermalveillance ? … » : https://www.francenum.gouv.fr/guides-et-conseils/protection-contre-les-risques/cybersecurite/victime-de-cybermalveillance-rendez",
      time = 20,
    },
    {
      id = "complaint-where",
      kind = "choice",
      prompt = {
        fr = "Après la fraude au faux RIB, où l’entreprise peut-elle porter plainte ?",
        en = "After the fake bank details fraud, where can the company file a complaint?",
      },
      choices = {
        { fr = "Police, gendarmerie, ou par écrit au procureur de la République", en = "Police, gendarmerie, or in writing to the public prosecutor" },
        { fr = "Auprès de la CNIL", en = "With the CNIL" },
        { fr = "Sur Cybermalveillance.gouv.fr, qui enregistre la plainte", en = "On Cybermalveillance.gouv.fr, which records the complaint" },
        { fr = "Auprès de la banque, qui la transmet", en = "With the bank, which passes it on" },
      },
      correct = 1,
      explain = {
        fr = "La plainte peut se déposer au commissariat, à la gendarmerie, ou par écrit au procureur de la République. Cybermalveillance.gouv.fr et 17Cyber vous aident et vous orientent vers la plainte, la banque agit sur les fonds, la CNIL reçoit les notifications de violations de données. Portez plainte vite, preuves en main.",
        en = "A complaint can be filed at a police station, with the gendarmerie, or in writing to the public prosecutor. Cybermalveillance.gouv.fr and 17Cyber help you and point you to the complaint, the bank acts on the funds, the CNIL receives data-breach notifications. File quickly, evidence in hand.",
      },
      source = "« Que faire en cas de fraude au virement ou au faux RIB ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 25,
    },
  },
}
