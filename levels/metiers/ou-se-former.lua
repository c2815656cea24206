-- Level "ou-se-former" of the metiers pack (lycée students choosing a path, job seekers and
-- adults changing careers; a 10-15 minute round, spoken to as "vous").
-- Where to train: the Hauts-de-Seine diagnostic's mapping (145 cyber and 60 AI courses, all
-- publics and all levels, a non-exhaustive list; Bac+5 in universities and engineering schools,
-- smaller providers for work-study students and employees), the levels of the national framework
-- (BTS level 5, licence level 6, master and engineering degree level 7, INSEE), a course's web page
-- to check (RNCP number on France compétences, an ANSSI label, the full price, no rush), the ANSSI
-- labels SecNumEdu (higher-education courses dedicated to cybersecurity) and CyberEdu (security
-- notions in every digital course), the RNCP, a diploma prepared by apprenticeship is the same
-- diploma (ONISEP), the Campus Cyber at La Défense (Sénat report), and the diagnostic's brakes and
-- ways forward. Second reader's check: /work/factcheck/i16/ou-se-former.check.md (a question on
-- ANSSI's MOOC SecNumacadémie was replaced: only 2017 press confirmed it, no official page).
-- The diagnostic's figures are regional (Hauts-de-Seine, firms of more than 5 staff). The school,
-- its label and its domain in the web page are invented (.example). Left out for want of a stored
-- official page: SecNumEdu-FC (the continuing-education label), the BUT R&T cybersecurity track,
-- any fee or salary figure.
-- Plain data only, no pictures. Sources: /work/factcheck/i16/ou-se-former.sources.md.
-- Licence: CC BY-SA 4.0.
return {
  id = "ou-se-former",
  title = { fr = "Où se former ?", en = "Where to train?" },
  description = {
    fr = "Les formations en cyber et en IA des Hauts-de-Seine, les niveaux de diplôme, les labels de l’ANSSI, le RNCP et ce qu’il faut vérifier avant de s’inscrire.",
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
        fr = "145 formations en cybersécurité et 60 en IA, tous publics et tous niveaux confondus, et la liste n’est pas exhaustive. Ces chiffres valent pour les Hauts-de-Seine : ailleurs, cherchez l’offre de votre région.",
        en = "145 cybersecurity courses and 60 in AI, for all publics and all levels, and the list is not exhaustive. These figures are for the Hauts-de-Seine: elsewhere, look at what your own region offers.",
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
        fr = "Faux : la cartographie couvre tous les niveaux. Universités et écoles d’ingénieurs forment surtout à Bac+5 ; des organismes plus petits proposent des formations, diplômantes ou non, surtout pour des alternants ou des salariés.",
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
        { text = { fr = "Licence d’informatique", en = "Licence in computer science" }, bin = 2 },
        { text = { fr = "Diplôme d’ingénieur", en = "Engineering degree" }, bin = 3 },
      },
      explain = {
        fr = "Le BTS est de niveau 5, la licence et la licence pro de niveau 6, le master et le diplôme d’ingénieur de niveau 7. Ce niveau est écrit sur la fiche RNCP d’une formation : vérifiez-le.",
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
            text = { fr = "Diplôme reconnu par l’État.", en = "State-recognised diploma." },
            clue = { fr = "Aucun numéro RNCP à vérifier sur francecompetences.fr.", en = "No RNCP number to check on francecompetences.fr." },
          },
          {
            text = { fr = "Label « Cyber Excellence 2026 ».", en = "\"Cyber Excellence 2026\" label." },
            clue = { fr = "Un label inconnu : ceux de l’ANSSI se vérifient sur son site.", en = "An unknown label: ANSSI's are checked on its site." },
          },
          { fr = "Programme : réseaux, systèmes, cryptographie.", en = "Syllabus: networks, systems, cryptography." },
          {
            text = { fr = "Tarif : nous consulter.", en = "Fees: ask us." },
            clue = { fr = "Pas de prix affiché : demandez-le par écrit.", en = "No price shown: ask for it in writing." },
          },
          {
            text = { fr = "Plus que 3 places : inscrivez-vous ce soir !", en = "Only 3 places left: sign up tonight!" },
            clue = { fr = "L’urgence pousse à signer sans comparer.", en = "Urgency pushes you to sign without comparing." },
          },
        },
      },
      explain = {
        fr = "Avant de signer, vérifiez sur francecompetences.fr le numéro RNCP, le niveau et la date d’échéance, le label sur le site de l’ANSSI, et demandez le prix complet. Prenez le temps de comparer.",
        en = "Before signing, check the RNCP number, level and expiry date on francecompetences.fr, the label on ANSSI's site, and ask for the full price. Take time to compare.",
      },
      source = "France compétences, fiche RNCP 39837 (niveau, date d'échéance) : https://francecompetences.fr/recherche/rncp/39837",
      time = 60,
    },
    {
      id = "secnumedu",
      kind = "choice",
      prompt = {
        fr = "Une formation affiche le label SecNumEdu. De quoi s’agit-il ?",
        en = "A course shows the SecNumEdu label. What is it?",
      },
      choices = {
        { fr = "Un label de l’ANSSI pour des formations supérieures dédiées à la cybersécurité", en = "An ANSSI label for higher-education courses dedicated to cybersecurity" },
        { fr = "Une certification en ligne que l’on passe seul(e)", en = "An online certificate you take on your own" },
        { fr = "Un classement des écoles établi par les étudiants", en = "A ranking of schools drawn up by students" },
      },
      correct = 1,
      explain = {
        fr = "L’ANSSI labellise des licences, masters, diplômes d’ingénieur et mastères spécialisés dont l’objet principal est la sécurité du numérique. Le but : assurer aux étudiants et aux employeurs que la formation répond à ses critères.",
        en = "ANSSI labels licences, master's degrees, engineering degrees and specialised master's courses whose main subject is digital security. The aim: to assure students and employers that the course meets its criteria.",
      },
      source = "ANSSI, « Dossier de demande de labellisation SecNumedu » (copie) : https://pdfslide.fr/documents/dossier-secnumedu-agence-nationale-de-la-web-viewles-coursconferences-les.html",
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
        { fr = "Qu’elle intègre des notions de sécurité, sans former des experts", en = "That it includes security basics, without training experts" },
        { fr = "Qu’elle forme des spécialistes de la cybersécurité", en = "That it trains cybersecurity specialists" },
        { fr = "Qu’elle est gratuite", en = "That it is free" },
      },
      correct = 1,
      explain = {
        fr = "CyberEdu, projet lancé à l’initiative de l’ANSSI, vise à introduire la sécurité dans toutes les formations du numérique (développeurs, administrateurs, chefs de projet), sans en faire des experts. Pour devenir spécialiste, visez une formation dédiée, comme celles labellisées SecNumEdu.",
        en = "CyberEdu, a project started by ANSSI, aims to bring security into every digital course (developers, administrators, project managers) without making them experts. To become a specialist, aim for a dedicated course, such as those labelled SecNumEdu.",
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
        fr = "Le RNCP, répertoire national des certifications professionnelles. Le CPF finance des formations qui préparent à une certification enregistrée au RNCP ou au Répertoire spécifique, et encore active ; la fiche RNCP donne le niveau et la date d’échéance.",
        en = "The RNCP, the national register of professional certifications. The CPF funds courses preparing for a certification registered in the RNCP or the Répertoire spécifique, and still active; the RNCP record gives the level and expiry date.",
      },
      source = "Mon Compte Formation, « Quelles sont les offres éligibles au CPF ? » https://of.moncompteformation.gouv.fr/espace-public/aide/quelles-sont-les-offres-eligibles-au-compte-personnel-de-formation-cpf",
      time = 35,
    },
    {
      id = "apprentissage-diplome",
      kind = "truefalse",
      prompt = {
        fr = "Un BTS préparé en apprentissage vaut moins que le même BTS préparé en lycée, sous statut d’étudiant.",
        en = "A BTS prepared through an apprenticeship is worth less than the same BTS prepared at school as a full-time student.",
      },
      correct = false,
      explain = {
        fr = "Faux : c’est le même diplôme, au même niveau et avec le même programme ; seule la façon de s’y préparer change, entre le centre de formation et l’entreprise. L’apprentissage est une voie d’accès aux diplômes, comme la voie scolaire ou la VAE.",
        en = "False: it is the same diploma, at the same level and with the same syllabus; only the way you prepare changes, between the training centre and the firm. Apprenticeship is one route to a diploma, like full-time study or the VAE.",
      },
      source = "Onisep, « Apprentissage : toutes nos réponses à vos questions » https://www.terminales2022-2023.fr/je-prepare-mon-entree-dans-le-superieur/apprentissage-toutes-nos-reponses-a-vos-questions",
      time = 25,
    },
    {
      id = "campus-cyber",
      kind = "choice",
      prompt = {
        fr = "À La Défense (Hauts-de-Seine), quel lieu réunit depuis 2022 entreprises, services de l’État dont l’ANSSI, et formation autour de la cybersécurité ?",
        en = "At La Défense (Hauts-de-Seine), which place has brought together firms, State services including ANSSI, and training around cybersecurity since 2022?",
      },
      choices = {
        { fr = "Le Campus Cyber", en = "The Campus Cyber" },
        { fr = "Station F", en = "Station F" },
        { fr = "La Cité des sciences et de l’industrie", en = "The Cité des sciences et de l'industrie" },
      },
      correct = 1,
      explain = {
        fr = "Le Campus Cyber s’est installé en février 2022 dans une tour de La Défense, à Puteaux ; l’ANSSI y a notamment installé ses équipes chargées de la formation. Le diagnostic y cite des formations d’enseignants aux contenus cyber des BTS SIO et SN.",
        en = "The Campus Cyber moved into a tower at La Défense, in Puteaux, in February 2022; ANSSI has placed teams there, its training team among them. The diagnostic mentions teacher training on the cyber content of the BTS SIO and SN held there.",
      },
      source = "Sénat, avis n° 117 (2022-2023), tome IX, « La création du Campus Cyber » : https://www.senat.fr/rap/a22-117-9/a22-117-93.html",
      time = 30,
    },
    {
      id = "freins-pistes",
      kind = "sort",
      prompt = {
        fr = "Le diagnostic liste des freins à la formation et des pistes pour l’améliorer. Rangez chaque point.",
        en = "The diagnostic lists brakes on training and ways to improve it. Sort each point.",
      },
      bins = {
        { fr = "Frein", en = "Brake" },
        { fr = "Piste d’amélioration", en = "Way to improve" },
      },
      items = {
        { text = { fr = "Des formations au tarif élevé", en = "Courses with high fees" }, bin = 1 },
        { text = { fr = "Inclure un bloc soft skills et un bloc management", en = "Include a soft-skills block and a management block" }, bin = 2 },
        { text = { fr = "Un niveau en maths insuffisant pour l’informatique", en = "Maths too weak for computing studies" }, bin = 1 },
        { text = { fr = "Sensibiliser aux enjeux environnementaux et éthiques", en = "Raise awareness of environmental and ethical issues" }, bin = 2 },
        { text = { fr = "De longs délais pour accréditer les diplômes", en = "Long delays to accredit diplomas" }, bin = 1 },
        { text = { fr = "Proposer des doubles cursus IA + un autre domaine", en = "Offer double degrees: AI + another field" }, bin = 2 },
      },
      explain = {
        fr = "Coût, niveau en maths et délais freinent l’offre. Bon à savoir : le diagnostic veut aussi ouvrir les formations à des bacheliers de filières variées ayant un bon niveau en maths.",
        en = "Cost, maths level and delays hold training back. Good to know: the diagnostic also wants courses open to school-leavers from varied streams with a good level in maths.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », « Freins » et « Pistes d'amélioration » ; Objectif I, Action 1",
      time = 45,
    },
  },
}
