-- Level "rancongiciel" of the pme pack (staff of small companies, with a trainer).
-- Ransomware: how it gets in, the first reflexes (cut the network, not the power; call IT),
-- do not pay, complain before reinstalling, 17Cyber, backups 3-2-1 with an offline copy and
-- tested restores. Plain data only. The company, people and domains are invented (.example);
-- the real names are public services (Cybermalveillance.gouv.fr, 17Cyber, the police and gendarmerie,
-- the ANSSI, the Ministère de l’Intérieur).
return {
  id = "rancongiciel",
  title = { fr = "Rançongiciel : les bons réflexes", en = "Ransomware: the right reflexes" },
  description = {
    fr = "Un écran qui réclame une rançon, des fichiers illisibles : que faire dans la première heure, et quelles sauvegardes vous sauvent ce jour-là.",
    en = "A screen demanding a ransom, files you cannot open: what to do in the first hour, and which backups save you that day.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "entry-mail",
      kind = "hotspot",
      prompt = {
        fr = "Une attaque peut commencer par un e-mail. Touchez ce qui doit vous alerter dans celui-ci, puis validez.",
        en = "An attack can start with an email. Tap what should make you suspicious in this one, then submit.",
      },
      mail = {
        from = {
          name = { fr = "Service comptabilité", en = "Accounts department" },
          address = "compta@relances-factures.example",
          clue = {
            fr = "Un expéditeur inconnu, sur un domaine sans lien avec vos fournisseurs.",
            en = "A sender you do not know, on a domain unrelated to your suppliers.",
          },
        },
        subject = {
          text = { fr = "URGENT : facture impayée n° 4471, pénalités sous 24 h", en = "URGENT: unpaid invoice no. 4471, penalties within 24 h" },
          clue = { fr = "L’urgence et la menace poussent à ouvrir sans réfléchir.", en = "Urgency and a threat push you to open it without thinking." },
        },
        date = { fr = "lun. 7 déc. 2026, 07:52", en = "Mon 7 Dec 2026, 07:52" },
        body = {
          { fr = "Bonjour,", en = "Hello," },
          { fr = "Nous n’avons pas reçu le règlement de la facture ci-jointe.", en = "We have not received payment for the attached invoice." },
          { fr = "Cordialement, le service comptabilité", en = "Kind regards, the accounts department" },
        },
        attachments = {
          {
            name = "Facture_4471.zip",
            clue = {
              fr = "Une archive inattendue peut cacher un programme : ne l’ouvrez pas.",
              en = "An unexpected archive can hide a program: do not open it.",
            },
          },
        },
      },
      explain = {
        fr = "Un expéditeur inconnu, une menace à 24 h et une archive jointe : c’est la recette d’une pièce jointe piégée. Une facture réelle se vérifie auprès du fournisseur que vous connaissez, pas en ouvrant le fichier. Règle : pièce jointe inattendue, on n’ouvre pas, on la signale.",
        en = "An unknown sender, a 24-hour threat and an attached archive: the recipe for a booby-trapped attachment. Check a real invoice with the supplier you know, not by opening the file. Rule: do not open an unexpected attachment; report it.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 50,
    },
    {
      id = "first-reflexes",
      kind = "order",
      prompt = {
        fr = "Lundi, 8 h 40 : l’écran de Nadia affiche « Vos fichiers sont chiffrés, payez sous 72 h ». Dans quel ordre agir ?",
        en = "Monday, 8:40 am: Nadia’s screen says “Your files are encrypted, pay within 72 h”. In what order should she act?",
      },
      items = {
        { fr = "Débrancher le câble réseau et couper le Wi-Fi", en = "Unplug the network cable and turn off Wi-Fi" },
        { fr = "Prévenir le service ou le prestataire informatique", en = "Call the IT department or IT provider" },
        { fr = "Garder les preuves : message piégé, fichiers chiffrés", en = "Keep the evidence: the booby-trapped email, the encrypted files" },
        { fr = "Déposer plainte", en = "Report it to the police" },
        { fr = "Réinstaller et restaurer depuis une sauvegarde saine", en = "Reinstall and restore from a clean backup" },
      },
      explain = {
        fr = "Couper le réseau d’abord limite la propagation aux autres postes. Puis on appelle l’informatique, on garde les preuves et on porte plainte avant de réinstaller, sinon les traces disparaissent. Règle : isoler, alerter, conserver, porter plainte, puis seulement restaurer.",
        en = "Cutting the network first stops it spreading to other computers. Then call IT, keep the evidence and report it to the police before reinstalling, or the traces are gone. Rule: isolate, alert, keep the evidence, report to the police, and only then restore.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Rançongiciel » (que dois-je faire ?) : https://www.cybermalveillance.gouv.fr/diagnostic/02336810-8de9-4359-b630-3bb76a6698a7",
      time = 60,
    },
    {
      id = "switch-off",
      kind = "truefalse",
      prompt = {
        fr = "Pour arrêter un rançongiciel, le mieux est d’éteindre l’ordinateur touché tout de suite.",
        en = "To stop ransomware, the best thing is to switch off the infected computer at once.",
      },
      correct = false,
      explain = {
        fr = "Faux. La gendarmerie conseille de couper la connexion à Internet mais de ne pas éteindre les machines touchées : c’est le réseau qui propage l’attaque, et un poste éteint peut perdre des traces utiles à l’enquête. Règle : coupez le réseau, pas le courant.",
        en = "False. The gendarmerie advises cutting the Internet connection but not switching infected machines off: the network is what spreads the attack, and a machine switched off can lose traces the investigation needs. Rule: cut the network, not the power.",
      },
      source = "Gendarmerie nationale, centre d’aide, « The data on my server is encrypted and a message asks me for a ransom. What should I do ? » : https://faq.gendarmerie.interieur.gouv.fr/en-US/Post/2812",
      time = 20,
    },
    {
      id = "pay-ransom",
      kind = "choice",
      prompt = {
        fr = "Le gérant hésite : « Payer, ce sera toujours moins cher que trois semaines d’arrêt. » Que lui répondre ?",
        en = "The boss hesitates: “Paying will still cost less than three weeks of downtime.” What do you answer?",
      },
      choices = {
        { fr = "Ne pas payer : rien ne garantit de récupérer les données", en = "Don’t pay: nothing guarantees you get the data back" },
        { fr = "Payer, si l’assurance rembourse ensuite", en = "Pay, if the insurance refunds it afterwards" },
        { fr = "Payer, mais après avoir négocié le montant", en = "Pay, but after haggling over the amount" },
        { fr = "Payer : les pirates tiennent parole pour leur réputation", en = "Pay: attackers keep their word to protect their reputation" },
      },
      correct = 1,
      explain = {
        fr = "Payer ne garantit pas de retrouver vos fichiers, et l’argent alimente les réseaux criminels. Ce qui aide vraiment : des sauvegardes hors ligne et l’aide de professionnels. Règle : on ne paie pas, on appelle à l’aide.",
        en = "Paying does not guarantee you get your files back, and the money feeds criminal networks. What really helps: offline backups and professional help. Rule: don’t pay, call for help.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Rançongiciel » (que dois-je faire ?) : https://www.cybermalveillance.gouv.fr/diagnostic/02336810-8de9-4359-b630-3bb76a6698a7",
      time = 30,
    },
    {
      id = "complaint-first",
      kind = "choice",
      prompt = {
        fr = "Le prestataire propose de tout réinstaller dès ce soir pour reprendre vite. Et la plainte ?",
        en = "The IT provider offers to reinstall everything tonight to restart fast. And the police report?",
      },
      choices = {
        { fr = "Porter plainte avant de réinstaller les postes touchés", en = "Report it to the police before reinstalling the infected computers" },
        { fr = "Réinstaller d’abord, porter plainte la semaine suivante", en = "Reinstall first, report it the week after" },
        { fr = "Inutile de porter plainte si on n’a rien payé", en = "No need to report it if you paid nothing" },
        { fr = "Effacer la note de rançon pour ne pas inquiéter l’équipe", en = "Delete the ransom note so the team doesn’t worry" },
      },
      correct = 1,
      explain = {
        fr = "Réinstaller efface les traces techniques dont les enquêteurs ont besoin. La plainte se dépose avant, preuves à l’appui, même sans avoir payé. Règle : on ne réinstalle pas un poste touché avant d’avoir porté plainte.",
        en = "Reinstalling wipes the technical traces investigators need. Report it to the police first, with the evidence, even if you paid nothing. Rule: don’t reinstall an infected computer before it has been reported to the police.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Rançongiciel » (que dois-je faire ?) : https://www.cybermalveillance.gouv.fr/diagnostic/02336810-8de9-4359-b630-3bb76a6698a7",
      time = 30,
    },
    {
      id = "who-helps",
      kind = "input",
      prompt = {
        fr = "Quel service public en ligne, ouvert 24 h/24, oriente une entreprise victime d’un rançongiciel ? Tapez son nom.",
        en = "Which French public online service, open 24/7, guides a company hit by ransomware? Type its name.",
      },
      accept = { "17Cyber", "17cyber.gouv.fr", "17 Cyber" },
      explain = {
        fr = "Depuis décembre 2024, 17Cyber (17cyber.gouv.fr), proposé par la Police, la Gendarmerie et Cybermalveillance.gouv.fr, pose quelques questions, donne des conseils et, si la menace le demande, vous met en relation avec un policier ou un gendarme. Règle : notez 17cyber.gouv.fr dans la procédure d’incident.",
        en = "Since December 2024, 17Cyber (17cyber.gouv.fr), offered by the Police, the Gendarmerie and Cybermalveillance.gouv.fr, asks a few questions, gives advice and, when the threat calls for it, puts you in touch with a police officer or gendarme. Rule: write 17cyber.gouv.fr into your incident procedure.",
      },
      source = "Police nationale, « Victime de cybermalveillance ? Rendez-vous sur 17Cyber » : https://www.police-nationale.interieur.gouv.fr/actualite/victime-de-cybermalveillance-rendez-vous-sur-17cybergouvfr",
      time = 30,
    },
    {
      id = "rule-321",
      kind = "multi",
      prompt = {
        fr = "La règle des sauvegardes « 3-2-1 » demande… (cochez tout ce qui en fait partie)",
        en = "The “3-2-1” backup rule asks for… (tick everything that is part of it)",
      },
      choices = {
        { fr = "3 copies des données", en = "3 copies of the data" },
        { fr = "2 supports différents", en = "2 different kinds of storage" },
        { fr = "1 copie hors site ou hors ligne", en = "1 copy off-site or offline" },
        { fr = "3 sauvegardes par jour", en = "3 backups a day" },
        { fr = "2 mots de passe sur le disque de sauvegarde", en = "2 passwords on the backup drive" },
        { fr = "1 seul grand disque pour tout", en = "1 single big drive for everything" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "Trois copies, sur deux supports différents, dont une hors ligne ou ailleurs : un sinistre, une panne ou un rançongiciel ne les touche pas toutes à la fois. Un seul grand disque est un seul point de panne. Règle : 3 copies, 2 supports, 1 à l’abri.",
        en = "Three copies, on two different kinds of storage, one of them offline or elsewhere: a fire, a breakdown or ransomware does not hit them all at once. One big drive is a single point of failure. Rule: 3 copies, 2 kinds of storage, 1 out of reach.",
      },
      source = "ANSSI, « La cybersécurité pour les TPE/PME en treize questions » (question 2) : https://messervices.cyber.gouv.fr/guides/la-cybersecurite-pour-les-tpepme-en-treize-questions",
      time = 40,
    },
    {
      id = "which-copy",
      kind = "sort",
      prompt = {
        fr = "Le rançongiciel chiffre tout ce que le poste touché peut atteindre. Quelles copies survivent ?",
        en = "Ransomware encrypts everything the infected computer can reach. Which copies survive?",
      },
      bins = {
        { fr = "Survit", en = "Survives" },
        { fr = "Chiffrée aussi", en = "Encrypted too" },
      },
      items = {
        { text = { fr = "Disque débranché après la sauvegarde", en = "Drive unplugged after the backup" }, bin = 1 },
        { text = { fr = "Disque hors ligne, dans un autre lieu", en = "Offline drive, at another site" }, bin = 1 },
        { text = { fr = "Bande sortie du lecteur", en = "Backup tape taken out of its drive" }, bin = 1 },
        { text = { fr = "Disque USB toujours branché au serveur", en = "USB drive always plugged into the server" }, bin = 2 },
        { text = { fr = "Dossier « Sauvegarde » sur le même PC", en = "A “Backup” folder on the same PC" }, bin = 2 },
        { text = { fr = "Partage réseau toujours connecté", en = "Network share that is always connected" }, bin = 2 },
      },
      explain = {
        fr = "Une sauvegarde branchée au poste ou au réseau peut être chiffrée avec le reste ; une copie débranchée, elle, reste hors de portée. Règle : sauvegarde faite, support débranché.",
        en = "A backup connected to the computer or the network can be encrypted with everything else; an unplugged copy stays out of reach. Rule: backup done, drive unplugged.",
      },
      source = "Ministère de l’Intérieur, « Sauvegarde et stockage des données » : https://www.interieur.gouv.fr/fr/Actualites/Infos-pratiques/Sauvegarde-et-stockage-des-donnees-informatiques",
      time = 60,
    },
    {
      id = "tested-restore",
      kind = "truefalse",
      prompt = {
        fr = "Une sauvegarde qui tourne chaque nuit sans message d’erreur pourra forcément être restaurée.",
        en = "A backup that runs every night without an error message is bound to restore properly.",
      },
      correct = false,
      explain = {
        fr = "Faux. Une sauvegarde peut tourner chaque nuit et rester incomplète ou illisible : on ne le découvre qu’en essayant de la restaurer. Règle : faites tester régulièrement une vraie restauration, pas seulement la sauvegarde.",
        en = "False. A backup can run every night and still be incomplete or unreadable: you only find out by trying to restore it. Rule: have a real restore tested regularly, not just the backup.",
      },
      source = "ANSSI, « La cybersécurité pour les TPE/PME en treize questions » (question 2) : https://messervices.cyber.gouv.fr/guides/la-cybersecurite-pour-les-tpepme-en-treize-questions",
      time = 20,
    },
    {
      id = "backup-frequency",
      kind = "estimate",
      prompt = {
        fr = "Vos données sont sauvegardées une fois par semaine, le vendredi soir. Le rançongiciel frappe le jeudi suivant à 17 h. Combien de jours de travail sont perdus ?",
        en = "Your data is backed up once a week, on Friday evening. Ransomware strikes the next Thursday at 5 pm. How many working days are lost?",
      },
      min = 0,
      max = 20,
      answer = 4,
      unit = { fr = "jours", en = "days" },
      format = "plain",
      explain = {
        fr = "Lundi, mardi, mercredi, jeudi : tout ce qui a été fait depuis la dernière sauvegarde est perdu. L’écart entre deux sauvegardes, c’est ce que vous risquez de perdre. Règle : sauvegardez au rythme de ce que vous ne voulez pas refaire.",
        en = "Monday, Tuesday, Wednesday, Thursday: everything done since the last backup is lost. The gap between two backups is what you stand to lose. Rule: the more work you cannot afford to redo, the more often you back up.",
      },
      source = "Ministère de l’Intérieur, « Sauvegarde et stockage des données » : https://www.interieur.gouv.fr/fr/Actualites/Infos-pratiques/Sauvegarde-et-stockage-des-donnees-informatiques",
      time = 35,
    },
  },
}
