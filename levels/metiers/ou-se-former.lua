-- Level "ou-se-former" of the metiers pack (lycée students choosing a path, job seekers and
-- adults changing careers; a 10-15 minute round, spoken to as "vous").
-- Where to train: the Hauts-de-Seine diagnostic's mapping (145 cyber and 60 AI courses, all
-- publics and all levels, a non-exhaustive list; Bac+5 in universities and engineering schools,
-- smaller providers for work-study students and employees), the levels of the national framework
-- (BTS level 5, licence level 6, master and engineering degree level 7, INSEE), a course's web page
-- to check (RNCP number on France compétences, an ANSSI label, the full price, no rush), the ANSSI
-- labels SecNumEdu (higher-education courses dedicated to cybersecurity) and CyberEdu (security
-- notions in every digital course), the RNCP, ANSSI's free MOOC SecNumacadémie (as launched in
-- 2017), the Campus Cyber at La Défense, and the diagnostic's brakes and ways forward.
-- The diagnostic's figures are regional (Hauts-de-Seine, firms of more than 5 staff). The school,
-- its label and its domain in the web page are invented (.example). Left out for want of a stored
-- official page: SecNumEdu-FC (the continuing-education label), the BUT R&T cybersecurity track,
-- any fee or salary figure, whether SecNumacadémie is open today.
-- Plain data only, no pictures. Sources: /work/factcheck/i16/ou-se-former.sources.md.
-- Licence: CC BY-SA 4.0.
return {
  id = "ou-se-former",
  title = { fr = "Où se former ?", en = "Where to train?" },
  description = {
    fr = "Les formations en cyber et en IA des Hauts-de-Seine, les niveaux de diplôme, les labels de l'ANSSI, le RNCP et ce qu'il faut vérifier avant de s'inscrire.",
    en = "Cyber and AI courses in the Hauts-de-Seine, qualification levels, ANSSI's labels, the RNCP and what to check before you sign up.",
  },
  audience = { "metiers" },
  questions = {
    {
      id = "formations-cyber",
      kind = "estimate",
      prompt = {
        fr = "Le Diagnostic CS&IA-92 a recensé les formations en cybersécurité situées dans les Hauts-de-Seine ou accessibles à ceux qui y vivent ou y travaillent. Combien de formations ?",
        en = "The CS&IA-92 diagnostic mapped the cybersecurity courses located in the Hauts-de-Seine or open to those who live or work there. How many courses?",
      },
      min = 0,
      max = 400,
      answer = 145,
      format = "plain",
      explain = {
        fr = "145 formations en cybersécurité et 60 en IA, tous publics et tous niveaux confondus, et la liste n'est pas exhaustive. Il y a de quoi se former près de chez soi.",
        en = "145 cybersecurity courses and 60 in AI, for all publics and all levels, and the list is not exhaustive. There is training to be had close to home.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », « Cartographie des formations et des dispositifs existants et financés dans les Hauts de Seine »",
      time = 30,
    },
    {
      id = "tous-niveaux",
      kind = "truefalse",
      prompt = {
        fr = "Selon le diagnostic, ces formations des Hauts-de-Seine sont toutes de niveau Bac+5.",
        en = "According to the diagnostic, these Hauts-de-Seine courses are all at Bac+5 level.",
      },
      correct = false,
      explain = {
        fr = "Faux : la cartographie couvre tous les niveaux. Universités et écoles d'ingénieurs forment surtout à Bac+5 ; des organismes plus petits proposent des formations, diplômantes ou non, surtout pour des alternants ou des salariés.",
        en = "False: the mapping covers all levels. Universities and engineering schools train mostly at Bac+5; smaller providers offer courses, with a diploma or not, mainly for work-study students or employees.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », « Cartographie des formations et des dispositifs existants et financés dans les Hauts de Seine »",
      time = 25,
    },
    {
      id = "niveaux",
      kind = "sort",
      prompt = {
        fr = "Rangez chaque diplôme selon son niveau dans le cadre national des certifications (5 : Bac+2, 6 : Bac+3, 7 : Bac+5).",
        en = "Sort each qualification by its level in the national qualifications framework (5: two years after the bac, 6: three, 7: five).",
      },
      bins = {
        { fr = "Niveau 5", en = "Level 5" },
        { fr = "Niveau 6", en = "Level 6" },
        { fr = "Niveau 7", en = "Level 7" },
      },
      items = {
        { text = { fr = "BTS SIO option SISR", en = "BTS SIO, SISR option" }, bin = 1 },
        { text = { fr = "Licence pro sécurité des réseaux", en = "Professional licence, network security" }, bin = 2 },
        { text = { fr = "Master parcours cybersécurité", en = "Master's, cybersecurity track" }, bin = 3 },
        { text = { fr = "BTS Systèmes numériques", en = "BTS Digital systems" }, bin = 1 },
        { text = { fr = "Licence d'informatique", en = "Licence in computer science" }, bin = 2 },
        { text = { fr = "Diplôme d'ingénieur", en = "Engineering degree" }, bin = 3 },
      },
      explain = {
        fr = "Le BTS est de niveau 5, la licence et la licence pro de niveau 6, le master et le diplôme d'ingénieur de niveau 7. Ce niveau est écrit sur la fiche RNCP d'une formation : vérifiez-le.",
        en = "The BTS is level 5, the licence and professional licence level 6, the master's and the engineering degree level 7. The level is on a course's RNCP record: check it.",
      },
      source = "INSEE, définition « Cadre national des certifications professionnelles » : https://insee.fr/fr/metadonnees/definition/c2296",
      time = 50,
    },
    {
      id = "page-formation",
      kind = "hotspot",
      prompt = {
        fr = "Vous comparez des formations. Sur cette page, touchez les points à vérifier avant de vous inscrire, puis validez.",
        en = "You are comparing courses. On this page, tap the points to check before you sign up, then submit.",
      },
      browser = {
        url = "https://www.nova-cyber-academie.example/bachelor",
        title = { fr = "Nova Cyber Académie — Bachelor cybersécurité", en = "Nova Cyber Académie — Cybersecurity bachelor" },
        body = {
          {
            text = { fr = "Diplôme reconnu par l'État.", en = "State-recognised diploma." },
            clue = { fr = "Aucun numéro RNCP à vérifier sur francecompetences.fr.", en = "No RNCP number to check on francecompetences.fr." },
          },
          {
            text = { fr = "Label « Cyber Excellence 2026 ».", en = "\"Cyber Excellence 2026\" label." },
            clue = { fr = "Un label inconnu : ceux de l'ANSSI se vérifient sur son site.", en = "An unknown label: ANSSI's are checked on its site." },
          },
          { fr = "Programme : réseaux, systèmes, cryptographie.", en = "Syllabus: networks, systems, cryptography." },
          {
            text = { fr = "Tarif : nous consulter.", en = "Fees: ask us." },
            clue = { fr = "Pas de prix affiché : demandez-le par écrit.", en = "No price shown: ask for it in writing." },
          },
          {
            text = { fr = "Plus que 3 places : inscrivez-vous ce soir !", en = "Only 3 places left: sign up tonight!" },
            clue = { fr = "L'urgence pousse à signer sans comparer.", en = "Urgency pushes you to sign without comparing." },
          },
          { fr = "Rentrée en septembre, alternance possible.", en = "Starts in September, work-study possible." },
        },
      },
      explain = {
        fr = "Avant de signer, vérifiez sur francecompetences.fr le numéro RNCP, le niveau et la date d'échéance, le label sur le site de l'ANSSI, et demandez le prix complet. Prenez le temps de comparer.",
        en = "Before signing, check the RNCP number, level and expiry date on francecompetences.fr, the label on ANSSI's site, and ask for the full price. Take time to compare.",
      },
      source = "France compétences, fiche RNCP 39837 (niveau, date d'échéance) : https://francecompetences.fr/recherche/rncp/39837",
      time = 60,
    },
    {
      id = "secnumedu",
      kind = "choice",
      prompt = {
        fr = "Une formation affiche le label SecNumEdu. De quoi s'agit-il ?",
        en = "A course shows the SecNumEdu label. What is it?",
      },
      choices = {
        { fr = "Un label de l'ANSSI pour des formations supérieures dédiées à la cybersécurité", en = "An ANSSI label for higher-education courses dedicated to cybersecurity" },
        { fr = "Une certification en ligne que l'on passe seul(e)", en = "An online certificate you take on your own" },
        { fr = "Un classement des écoles établi par les étudiants", en = "A ranking of schools drawn up by students" },
      },
      correct = 1,
      explain = {
        fr = "L'ANSSI labellise des licences, masters, diplômes d'ingénieur et mastères spécialisés dédiés à la cybersécurité. Le but : assurer aux étudiants et aux employeurs que la formation répond à ses critères.",
        en = "ANSSI labels licences, master's degrees, engineering degrees and specialised master's courses dedicated to cybersecurity. The aim: to assure students and employers that the course meets its criteria.",
      },
      source = "LeMagIT, « Un label pour la cybersécurité dans l'enseignement supérieur » : https://lemagit.fr/actualites/450301517/Un-label-pour-la-cybersecurite-dans-lenseignement-superieur",
      time = 25,
    },
    {
      id = "cyberedu",
      kind = "choice",
      prompt = {
        fr = "Une formation de développeur web affiche le label CyberEdu. Que vous dit-il ?",
        en = "A web developer course shows the CyberEdu label. What does it tell you?",
      },
      choices = {
        { fr = "Qu'elle intègre des notions de sécurité, sans former des experts", en = "That it includes security basics, without training experts" },
        { fr = "Qu'elle forme des spécialistes de la cybersécurité", en = "That it trains cybersecurity specialists" },
        { fr = "Qu'elle est gratuite", en = "That it is free" },
      },
      correct = 1,
      explain = {
        fr = "CyberEdu, lancé à l'initiative de l'ANSSI, introduit la sécurité dans toutes les formations du numérique (développeurs, administrateurs, chefs de projet). Pour devenir spécialiste, visez une formation dédiée, comme celles labellisées SecNumEdu.",
        en = "CyberEdu, started by ANSSI, brings security into every digital course (developers, administrators, project managers). To become a specialist, aim for a dedicated course, such as those labelled SecNumEdu.",
      },
      source = "CyberEdu, « Le Projet » : https://www.cyberedu.fr/pages/le-projet/",
      time = 25,
    },
    {
      id = "rncp",
      kind = "input",
      prompt = {
        fr = "Une formation se dit « finançable par le CPF ». Dans quel répertoire national de 4 lettres, tenu par France compétences, vérifier sa certification ?",
        en = "A course claims to be \"fundable by the CPF\". In which 4-letter national register, kept by France compétences, do you check its certification?",
      },
      accept = { "RNCP" },
      explain = {
        fr = "Le RNCP, répertoire national des certifications professionnelles. Le CPF finance des formations qui mènent à une certification enregistrée (RNCP ou Répertoire spécifique) ; la fiche RNCP donne le niveau et la date d'échéance.",
        en = "The RNCP, the national register of professional certifications. The CPF funds courses leading to a registered certification (RNCP or Répertoire spécifique); the RNCP record gives the level and expiry date.",
      },
      source = "France compétences, fiche RNCP 39837 (niveau, date d'échéance) : https://francecompetences.fr/recherche/rncp/39837",
      time = 35,
    },
    {
      id = "secnumacademie",
      kind = "truefalse",
      prompt = {
        fr = "SecNumacadémie, le cours en ligne (MOOC) lancé par l'ANSSI en 2017, était payant et réservé aux informaticiens.",
        en = "SecNumacadémie, the online course (MOOC) ANSSI launched in 2017, was paid for and meant for IT people only.",
      },
      correct = false,
      explain = {
        fr = "Faux : l'ANSSI l'a lancé gratuit et ouvert à tous, étudiants, salariés ou curieux, en quatre modules, dont l'authentification et la sécurité sur Internet. Un cours gratuit est une bonne première marche avant une formation longue.",
        en = "False: ANSSI launched it free and open to all, students, employees or the curious, in four modules, among them authentication and Internet security. A free course is a good first step before a long one.",
      },
      source = "Silicon, 05/2017, « Avec SecNumacadémie, l'ANSSI lance son MOOC sur la cybersécurité » : http://www.silicon.fr/avec-secnumacademie-lanssi-lance-son-mooc-sur-la-cybersecurite-175453.html",
      time = 25,
    },
    {
      id = "campus-cyber",
      kind = "choice",
      prompt = {
        fr = "À La Défense (Hauts-de-Seine), quel lieu réunit depuis 2022 entreprises, services de l'État dont l'ANSSI, et formation autour de la cybersécurité ?",
        en = "At La Défense (Hauts-de-Seine), which place has brought together firms, State services including ANSSI, and training around cybersecurity since 2022?",
      },
      choices = {
        { fr = "Le Campus Cyber", en = "The Campus Cyber" },
        { fr = "Station F", en = "Station F" },
        { fr = "La Cité des sciences et de l'industrie", en = "The Cité des sciences et de l'industrie" },
      },
      correct = 1,
      explain = {
        fr = "Inauguré en 2022 dans la tour Eria, le Campus Cyber se veut le « lieu totem » de la cybersécurité française. Le diagnostic y cite des formations d'enseignants aux contenus cyber des BTS SIO et SN.",
        en = "Opened in 2022 in the Eria tower, the Campus Cyber aims to be the flagship home of French cybersecurity. The diagnostic mentions teacher training on the cyber content of the BTS SIO and SN held there.",
      },
      source = "La Tribune, « Le Campus Cyber » : https://www.latribune.fr/technos-medias/innovation-et-start-up/on-a-visite-le-campus-cyber-la-nouvelle-vitrine-de-la-cybersecurite-francaise-903344.html",
      time = 30,
    },
    {
      id = "freins-pistes",
      kind = "sort",
      prompt = {
        fr = "Le diagnostic liste des freins à la formation et des pistes pour l'améliorer. Rangez chaque point.",
        en = "The diagnostic lists brakes on training and ways to improve it. Sort each point.",
      },
      bins = {
        { fr = "Frein", en = "Brake" },
        { fr = "Piste d'amélioration", en = "Way to improve" },
      },
      items = {
        { text = { fr = "Des formations au tarif élevé", en = "Courses with high fees" }, bin = 1 },
        { text = { fr = "Inclure un bloc soft skills et un bloc management", en = "Include a soft-skills block and a management block" }, bin = 2 },
        { text = { fr = "Un niveau en maths insuffisant pour l'informatique", en = "Maths too weak for computing studies" }, bin = 1 },
        { text = { fr = "Sensibiliser aux enjeux environnementaux et éthiques", en = "Raise awareness of environmental and ethical issues" }, bin = 2 },
        { text = { fr = "De longs délais pour accréditer les diplômes", en = "Long delays to accredit diplomas" }, bin = 1 },
        { text = { fr = "Proposer des doubles cursus IA + un autre domaine", en = "Offer double degrees: AI + another field" }, bin = 2 },
      },
      explain = {
        fr = "Coût, niveau en maths et délais freinent l'offre. Bon à savoir : le diagnostic veut aussi ouvrir les formations à des bacheliers de filières variées ayant un bon niveau en maths.",
        en = "Cost, maths level and delays hold training back. Good to know: the diagnostic also wants courses open to school-leavers from varied streams with a good level in maths.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », « Freins » et « Pistes d'amélioration » ; Objectif I, Action 1",
      time = 45,
    },
  },
}
