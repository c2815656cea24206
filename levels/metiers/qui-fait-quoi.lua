-- Level "qui-fait-quoi" of the metiers pack (lycée students choosing a path, job seekers and
-- adults changing careers; spoken to as "vous").
-- Who does what in cybersecurity and AI: the SOC analyst (watches and sorts the alerts), the
-- pentester (attacks, with a signed authorisation, to find the flaws first), the DPO (personal
-- data, the link with the CNIL), the data engineer, the data scientist and the ML engineer (the
-- chain from the data to a model in service), the RSSI/CISO, the incident response team (CSIRT)
-- and the security architect. Hands-on: two sorts of tasks into jobs, a job offer to read, a
-- SOC analyst's Tuesday to put in order, a title to type.
-- Sources (each question names its page; every claim and the sentence that backs it:
-- /work/factcheck/i16/qui-fait-quoi.sources.md): CIDJ and Choisir le service public (SOC
-- analyst), OPIIEC (pentester), Légifrance (Code pénal, art. 323-1), ONISEP and the CNIL (DPO,
-- data breaches), an article kept in the Onisep documentation (the data and ML roles), ENISA
-- (CSIRT), APEC (RSSI), Emploi-Pro and the Canadian Centre for Cyber Security (security
-- architect), the Diagnostic CS&IA-92 (AI helping security analysts; a regional study:
-- Hauts-de-Seine, firms of more than 5 staff).
-- People, the company and its domain are invented (.example). Plain data only, no pictures.
-- Licence: CC BY-SA 4.0.
return {
  id = "qui-fait-quoi",
  title = { fr = "Qui fait quoi ?", en = "Who does what?" },
  description = {
    fr = "Analyste SOC, pentesteur, DPO, data engineer, data scientist, ingénieur ML, RSSI, CSIRT, architecte sécurité : découvrez ce que fait chacun, un mardi comme un jour de crise.",
    en = "SOC analyst, pentester, DPO, data engineer, data scientist, ML engineer, CISO, CSIRT, security architect: find out what each one does, on a Tuesday as on a crisis day.",
  },
  audience = { "metiers" },
  questions = {
    {
      id = "cyber-tasks",
      kind = "sort",
      prompt = {
        fr = "Trois métiers de la cyber. À qui revient chaque tâche ? Classez les cartes.",
        en = "Three cyber jobs. Whose task is each one? Sort the cards.",
      },
      bins = {
        { fr = "Analyste SOC", en = "SOC analyst" },
        { fr = "Pentesteur·euse", en = "Pentester" },
        "DPO",
      },
      items = {
        { text = { fr = "Surveiller les alertes de sécurité du système d’information", en = "Watch the security alerts of the information system" }, bin = 1 },
        { text = { fr = "Trier une alerte : vraie attaque ou fausse alerte ?", en = "Sort an alert: real attack or false alarm?" }, bin = 1 },
        { text = { fr = "Attaquer un site, avec l’accord écrit du client, pour trouver ses failles", en = "Attack a website, with the client’s written consent, to find its flaws" }, bin = 2 },
        { text = { fr = "Recommander les correctifs des failles trouvées", en = "Recommend the fixes for the flaws found" }, bin = 2 },
        { text = { fr = "Recenser les traitements de données personnelles", en = "List the processing of personal data" }, bin = 3 },
        { text = { fr = "Assurer les relations avec la CNIL", en = "Handle relations with the CNIL" }, bin = 3 },
      },
      explain = {
        fr = "L’analyste SOC surveille et trie les alertes. Le pentesteur attaque pour de faux, avec une autorisation, et dit quoi corriger. Le DPO (délégué à la protection des données) veille au respect du RGPD et fait le lien avec la CNIL.",
        en = "The SOC analyst watches and sorts the alerts. The pentester attacks for pretend, with permission, and says what to fix. The DPO (data protection officer) sees that the GDPR is followed and is the link with the CNIL, France’s data protection authority.",
      },
      source = "CIDJ, « Analyste SOC (security operation center) » : https://www.cidj.com/metiers/analyste-soc-security-operation-center",
      time = 50,
    },
    {
      id = "data-tasks",
      kind = "sort",
      prompt = {
        fr = "Du côté de l’IA, trois métiers se passent le relais. À qui revient chaque tâche ?",
        en = "On the AI side, three jobs hand over to one another. Whose task is each one?",
      },
      bins = { "Data engineer", "Data scientist", { fr = "Ingénieur·e ML", en = "ML engineer" } },
      items = {
        { text = { fr = "Construire les « tuyaux » qui amènent les données", en = "Build the “pipes” that bring the data in" }, bin = 1 },
        { text = { fr = "Vérifier que les données qui arrivent sont fiables", en = "Check that the incoming data is reliable" }, bin = 1 },
        { text = { fr = "Analyser les données et concevoir un modèle", en = "Analyse the data and design a model" }, bin = 2 },
        { text = { fr = "Présenter ses résultats en graphiques aux équipes", en = "Present the results to the teams as charts" }, bin = 2 },
        { text = { fr = "Mettre le modèle en production, dans une appli", en = "Put the model into production, in an app" }, bin = 3 },
        { text = { fr = "Surveiller qu’un modèle en service reste fiable", en = "Monitor that a model in service stays reliable" }, bin = 3 },
      },
      explain = {
        fr = "Le data engineer amène des données fiables, le data scientist en tire un modèle, l’ingénieur ML (machine learning) le met en service et le surveille. À retenir : un projet d’IA est un travail d’équipe, de la donnée à l’appli.",
        en = "The data engineer brings in reliable data, the data scientist builds a model from it, the ML (machine learning) engineer puts it into service and monitors it. Remember: an AI project is teamwork, from the data to the app.",
      },
      source = "Onisep (documentation), « Data scientist vs data engineer : quelles différences ? » : https://documentation.onisep.fr/doc_num.php?explnum_id=57047",
      time = 50,
    },
    {
      id = "job-offer",
      kind = "hotspot",
      prompt = {
        fr = "Cette offre a perdu son intitulé. Touchez les lignes qui montrent que c’est un poste d’analyste SOC, puis validez.",
        en = "This job offer has lost its title. Tap the lines that show it is a SOC analyst job, then submit.",
      },
      mail = {
        from = { name = "Norvane Recrutement", address = "recrutement@norvane.example" },
        subject = { fr = "Offre en CDI : équipe cybersécurité (réf. 2026-114)", en = "Permanent job: cybersecurity team (ref. 2026-114)" },
        date = { fr = "lun. 7 déc. 2026, 10:02", en = "Mon 7 Dec 2026, 10:02" },
        body = {
          { fr = "Bonjour, voici l’offre dont nous avons parlé au salon.", en = "Hello, here is the offer we talked about at the fair." },
          {
            text = { fr = "Vos missions : surveiller les alertes remontées par notre SIEM.", en = "Your tasks: watch the alerts raised by our SIEM." },
            clue = { fr = "Surveiller les alertes du SIEM : le cœur du métier.", en = "Watching the SIEM’s alerts: the heart of the job." },
          },
          {
            text = { fr = "Trier les alertes et qualifier les vrais incidents.", en = "Sort the alerts and qualify the real incidents." },
            clue = { fr = "Qualifier une alerte, c’est le travail du SOC.", en = "Qualifying an alert is the SOC’s work." },
          },
          {
            text = { fr = "Transmettre les incidents confirmés au CSIRT, rédiger les rapports.", en = "Hand confirmed incidents to the CSIRT, write the reports." },
            clue = { fr = "Escalader et documenter : la suite d’une alerte.", en = "Escalate and document: what follows an alert." },
          },
          { fr = "Poste basé à Nanterre, deux jours de télétravail.", en = "Based in Nanterre, two days of remote work." },
          { fr = "Débutant·es bienvenu·es : trois mois de formation interne.", en = "Beginners welcome: three months of in-house training." },
        },
      },
      explain = {
        fr = "Surveiller, trier et qualifier les alertes, passer la main au CSIRT et rédiger des rapports : c’est le quotidien de l’analyste SOC. Le SIEM est l’outil qui rassemble les événements de sécurité. Le lieu et la formation ne disent rien du métier.",
        en = "Watching, sorting and qualifying alerts, handing over to the CSIRT and writing reports: that is a SOC analyst’s daily work. The SIEM is the tool that gathers the security events. The place and the training say nothing about the job.",
      },
      source = "CIDJ, « Analyste SOC (security operation center) » : https://www.cidj.com/metiers/analyste-soc-security-operation-center",
      time = 60,
    },
    {
      id = "soc-tuesday",
      kind = "order",
      prompt = {
        fr = "Mardi matin, Aïssata, analyste SOC, reçoit une alerte. Remettez ses étapes dans l’ordre.",
        en = "Tuesday morning, Aïssata, a SOC analyst, gets an alert. Put her steps in order.",
      },
      items = {
        { fr = "Voir l’alerte arriver dans le SIEM", en = "See the alert come into the SIEM" },
        { fr = "La qualifier : vraie attaque ou fausse alerte ?", en = "Qualify it: real attack or false alarm?" },
        { fr = "Attaque confirmée : l’escalader au CSIRT", en = "Attack confirmed: escalate it to the CSIRT" },
        { fr = "Documenter le ticket et rédiger le rapport", en = "Document the ticket and write the report" },
        { fr = "Proposer d’améliorer la règle de détection", en = "Suggest improving the detection rule" },
      },
      explain = {
        fr = "D’abord on regarde, puis on qualifie : une alerte n’est pas forcément une attaque. Un incident confirmé part à l’équipe de réponse, on documente, et on améliore la détection pour la prochaine fois. À retenir : surveiller, qualifier, escalader, documenter, améliorer.",
        en = "First you look, then you qualify: an alert is not always an attack. A confirmed incident goes to the response team, you document it, and you improve detection for next time. Remember: watch, qualify, escalate, document, improve.",
      },
      source = "Choisir le service public, « Analyste en détection d’intrusions » : https://choisirleservicepublic.gouv.fr/metiers/numerique/analyste-en-detection-dintrusions",
      time = 60,
    },
    {
      id = "who-responds",
      kind = "choice",
      prompt = {
        fr = "Le SOC confirme qu’un attaquant est entré dans le réseau. Quelle équipe prend alors la main pour traiter l’attaque ?",
        en = "The SOC confirms an attacker has got into the network. Which team then takes over to deal with the attack?",
      },
      choices = {
        { fr = "Le CSIRT", en = "The CSIRT" },
        { fr = "Les pentesteurs", en = "The pentesters" },
        { fr = "Le ou la DPO", en = "The DPO" },
        { fr = "Les data scientists", en = "The data scientists" },
      },
      correct = 1,
      explain = {
        fr = "Le CSIRT (Computer Security Incident Response Team) est l’équipe de réponse aux incidents de sécurité, en première ligne face aux attaques. Le pentesteur cherche les failles avant une attaque ; le DPO intervient si des données personnelles sont touchées. À retenir : le SOC détecte, le CSIRT répond.",
        en = "The CSIRT (Computer Security Incident Response Team) is the security incident response team, in the front line against attacks. The pentester looks for flaws before an attack; the DPO steps in if personal data is affected. Remember: the SOC detects, the CSIRT responds.",
      },
      source = "ENISA, « What is a CSIRT and how can it help me? » : https://www.enisa.europa.eu/news/enisa-news/what-is-a-csirt",
      time = 30,
    },
    {
      id = "data-breach",
      kind = "choice",
      prompt = {
        fr = "Le fichier clients d’une entreprise a fuité. Qui la conseille sur ses obligations et fait le lien avec la CNIL ?",
        en = "A company’s customer file has leaked. Who advises it on its duties and is the link with the CNIL?",
      },
      choices = {
        { fr = "Le ou la DPO", en = "The DPO" },
        { fr = "Le ou la data engineer", en = "The data engineer" },
        { fr = "L’architecte sécurité", en = "The security architect" },
        { fr = "Le ou la pentesteur·euse", en = "The pentester" },
      },
      correct = 1,
      explain = {
        fr = "Le DPO, quand l’entreprise en a désigné un, la conseille et assure les relations avec la CNIL. Si la fuite présente un risque pour les personnes, l’entreprise doit la notifier à la CNIL dans les meilleurs délais, au plus tard dans les 72 heures.",
        en = "The DPO, where the company has appointed one, advises it and handles relations with the CNIL. If the leak is a risk to the people concerned, the company must notify the CNIL as soon as possible, within 72 hours at the latest.",
      },
      source = "CNIL, « Quand faut-il notifier une violation de données à la CNIL ? » : https://www.cnil.fr/fr/cnil-direct/question/reglement-europeen-quand-faut-il-notifier-une-violation-de-donnees-la-cnil",
      time = 30,
    },
    {
      id = "pentest-consent",
      kind = "truefalse",
      prompt = {
        fr = "Un pentesteur peut attaquer le site d’une entreprise sans son accord, s’il lui signale ensuite les failles.",
        en = "A pentester may attack a company’s website without its consent, as long as they report the flaws afterwards.",
      },
      correct = false,
      explain = {
        fr = "Faux. Entrer ou se maintenir frauduleusement dans un système informatique est un délit (article 323-1 du Code pénal). Le pentest se fait avec l’accord écrit du client, sur un périmètre défini : c’est ce qui fait du hacker un hacker éthique.",
        en = "False. Fraudulently getting into or staying in a computer system is an offence in France (article 323-1 of the Penal Code). A pentest is done with the client’s written consent, on an agreed scope: that is what makes a hacker an ethical hacker.",
      },
      source = "Légifrance, Code pénal, « Article 323-1 » : https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030939438",
      time = 20,
    },
    {
      id = "rssi-acronym",
      kind = "input",
      prompt = {
        fr = "Dans une entreprise, le « responsable de la sécurité des systèmes d’information » définit la politique de sécurité. Tapez son sigle (4 lettres).",
        en = "In a French company, the “responsable de la sécurité des systèmes d’information” sets the security policy. Type the French acronym, or the English one (4 letters each).",
      },
      accept = { "RSSI", "CISO" },
      explain = {
        fr = "Le RSSI (en anglais CISO, Chief Information Security Officer) définit la politique de sécurité, le plan d’action et les moyens pour protéger le système d’information. Souvent, il s’appuie sur une équipe.",
        en = "The RSSI (in English, CISO, Chief Information Security Officer) sets the security policy, the action plan and the means to protect the information system. Often, they rely on a team.",
      },
      source = "APEC, « Responsable sécurité informatique F/H » : https://www.apec.fr/tous-nos-metiers/informatique/responsable-securite-informatique.html",
      time = 30,
    },
    {
      id = "architect",
      kind = "choice",
      prompt = {
        fr = "Une nouvelle plateforme se prépare. Qui conçoit sa structure de sécurité (réseaux, accès) avant sa mise en service ?",
        en = "A new platform is being prepared. Who designs its security structure (networks, access) before it goes live?",
      },
      choices = {
        { fr = "L’architecte sécurité", en = "The security architect" },
        { fr = "L’analyste SOC", en = "The SOC analyst" },
        { fr = "Le CSIRT", en = "The CSIRT" },
        { fr = "Le ou la DPO", en = "The DPO" },
      },
      correct = 1,
      explain = {
        fr = "L’architecte sécurité définit les choix techniques de sécurité d’un système et les fait appliquer par ceux qui le construisent. L’analyste SOC et le CSIRT interviennent une fois le système en service.",
        en = "The security architect sets a system’s technical security choices and has those who build it apply them. The SOC analyst and the CSIRT step in once the system is running.",
      },
      source = "Emploi-Pro, « Architecte en cybersécurité : c’est quoi ce métier ? » : https://www.emploi-pro.fr/edito/article/architecte-en-cybersecurite-c-est-quoi-ce-metier-aea-11449",
      time = 30,
    },
    {
      id = "ai-helps-soc",
      kind = "truefalse",
      prompt = {
        fr = "Selon les experts interrogés par le Diagnostic CS&IA-92, l’IA vient en appui des analystes de sécurité pour détecter les menaces.",
        en = "According to the experts interviewed for the CS&IA-92 diagnostic, AI supports security analysts in detecting threats.",
      },
      correct = true,
      explain = {
        fr = "Vrai. Les modèles d’IA aident les analystes à identifier les menaces et à répondre plus vite, ce qui fait évoluer le contenu du métier. L’IA et la cyber dépendent de plus en plus l’une de l’autre.",
        en = "True. AI models help analysts identify threats and respond faster, which changes what the job involves. AI and cyber depend more and more on each other.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse », partie « Une évolution attendue des métiers » (Hauts-de-Seine, entreprises de plus de 5 salariés)",
      time = 25,
    },
  },
}
