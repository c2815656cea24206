-- Level "profils-et-competences" of the metiers pack (lycée students choosing a path, job seekers
-- and adults changing careers; spoken to as "vous").
-- The skills map of the Hauts-de-Seine diagnostic: its three profiles (« En formation », « En
-- développement », « En renforcement ») and their technical blocks for AI and for cyber, the
-- soft and managerial skills it names, the levels firms recruit at (65 % Bac+5, 23 % Bac+3, and
-- Bac+2 profiles with a strong capacity for analysis for cyber posts), the double skills it asks
-- for (AI and law, cyber and behavioural sciences…), the data-protection and ethics module it
-- wants in AI courses, and the brakes it names (maths, cost, slow accreditation).
-- Hands-on: three sorts, a standard to type, an estimate, a job offer to read.
-- Every figure is regional: firms of more than 5 staff in the Hauts-de-Seine, as the source lines
-- say. The tables of the seed are flattened in its text copy; which column a skill belongs to is
-- read from the order, each column ending with « RGPD » (AI) or « ISO 27001 » (cyber); only
-- skills whose column is clear are used.
-- Source: « Synthèse : Diagnostic CS&IA-92 » (/work/shared/seeds/diagnostic-cs-ia-92.txt); every
-- claim and the sentence that backs it: /work/factcheck/i16/profils-et-competences.sources.md.
-- The company in the job offer and its domain are invented (.example). Plain data only.
-- Licence: CC BY-SA 4.0.
local DIAG = "Diagnostic CS&IA-92, « Synthèse », « Cartographie des compétences » (Hauts-de-Seine, entreprises de plus de 5 salariés)"
local DIAG_RECRUT = "Diagnostic CS&IA-92, « Synthèse », « Les besoins en recrutement » (Hauts-de-Seine, entreprises de plus de 5 salariés)"

return {
  id = "profils-et-competences",
  title = { fr = "Profils et compétences", en = "Profiles and skills" },
  description = {
    fr = "Les trois profils du Diagnostic CS&IA-92, les compétences techniques de l’IA et de la cyber, les soft skills, les niveaux recherchés : de quoi situer votre parcours.",
    en = "The three profiles of the CS&IA-92 diagnostic, the technical skills of AI and cyber, soft skills, the levels sought: enough to place your own path.",
  },
  audience = { "metiers" },
  questions = {
    {
      id = "ai-profiles",
      kind = "sort",
      prompt = {
        fr = "Le diagnostic range les compétences techniques de l’IA en trois profils : A en formation, B en développement, C en renforcement. Où va chaque compétence ?",
        en = "The diagnostic sorts AI’s technical skills into three profiles: A in training, B developing, C reinforcing. Where does each skill go?",
      },
      bins = {
        { fr = "Profil A", en = "Profile A" },
        { fr = "Profil B", en = "Profile B" },
        { fr = "Profil C", en = "Profile C" },
      },
      items = {
        { text = { fr = "Statistiques", en = "Statistics" }, bin = 1 },
        { text = { fr = "Matrices et lois de probabilités", en = "Matrices and probability laws" }, bin = 1 },
        { text = "Machine learning", bin = 2 },
        { text = "Deep learning", bin = 2 },
        { text = { fr = "Vision par ordinateur (détection, reconnaissance)", en = "Computer vision (detection, recognition)" }, bin = 3 },
        { text = { fr = "Traitement automatique des langues (NLP)", en = "Natural language processing (NLP)" }, bin = 3 },
      },
      explain = {
        fr = "Le profil A, « en formation », pose les bases : maths, statistiques, Python, R, bases de données. Le B, « en développement », passe au machine learning et au deep learning. Le C, « en renforcement », se spécialise : vision, langage, apprentissage par renforcement.",
        en = "Profile A, “in training”, lays the foundations: maths, statistics, Python, R, databases. B, “developing”, moves on to machine learning and deep learning. C, “reinforcing”, specialises: vision, language, reinforcement learning.",
      },
      source = DIAG,
      time = 50,
    },
    {
      id = "cyber-profiles",
      kind = "sort",
      prompt = {
        fr = "Même exercice pour la cybersécurité : A en formation, B en développement, C en renforcement.",
        en = "The same for cybersecurity: A in training, B developing, C reinforcing.",
      },
      bins = {
        { fr = "Profil A", en = "Profile A" },
        { fr = "Profil B", en = "Profile B" },
        { fr = "Profil C", en = "Profile C" },
      },
      items = {
        { text = { fr = "Systèmes d’exploitation", en = "Operating systems" }, bin = 1 },
        { text = { fr = "Cryptographie", en = "Cryptography" }, bin = 1 },
        { text = { fr = "Tests d’intrusion (pentest)", en = "Penetration testing" }, bin = 2 },
        { text = { fr = "Sécurité applicative", en = "Application security" }, bin = 2 },
        { text = { fr = "Détection EDR/XDR", en = "EDR/XDR detection" }, bin = 3 },
        { text = { fr = "Cloud : AWS, Azure…", en = "Cloud: AWS, Azure…" }, bin = 3 },
      },
      explain = {
        fr = "Le profil A (en formation) pose les bases : systèmes, réseaux, cryptographie. En B (en développement), on apprend à attaquer et protéger les applications. En C (en renforcement) viennent les outils avancés : détection EDR/XDR, cloud. À retenir : des bases aux outils spécialisés.",
        en = "Profile A (in training) lays the foundations: systems, networks, cryptography. In B (developing), you learn to attack and protect applications. C (reinforcing) brings the advanced tools: EDR/XDR detection, the cloud. Remember: from foundations to specialised tools.",
      },
      source = DIAG,
      time = 50,
    },
    {
      id = "iso-everywhere",
      kind = "input",
      prompt = {
        fr = "Une norme figure dans les trois profils cyber du diagnostic, de « en formation » à « en renforcement ». Tapez son nom (ISO et 5 chiffres).",
        en = "One standard appears in all three cyber profiles of the diagnostic, from “in training” to “reinforcing”. Type its name (ISO and 5 digits).",
      },
      accept = { "ISO 27001", "ISO27001", "27001", "ISO/IEC 27001" },
      explain = {
        fr = "La norme ISO 27001, sur la gestion de la sécurité de l’information, est citée dans les trois profils cyber, et le RGPD dans les trois profils IA. À retenir : les règles et les normes comptent à tous les niveaux, pas seulement la technique.",
        en = "The ISO 27001 standard, on managing information security, is listed in all three cyber profiles, and the GDPR in all three AI profiles. Remember: rules and standards matter at every level, not only the technology.",
      },
      source = DIAG,
      time = 30,
    },
    {
      id = "soft-or-tech",
      kind = "sort",
      prompt = {
        fr = "Technique, soft skill ou compétence managériale ? Classez comme le diagnostic.",
        en = "Technical, soft skill or management skill? Sort them as the diagnostic does.",
      },
      bins = {
        { fr = "Technique", en = "Technical" },
        "Soft skills",
        "Management",
      },
      items = {
        { text = { fr = "Langage Python", en = "The Python language" }, bin = 1 },
        { text = { fr = "Cryptographie", en = "Cryptography" }, bin = 1 },
        { text = { fr = "Comprendre et parler anglais", en = "Understanding and speaking English" }, bin = 2 },
        { text = { fr = "Une culture générale développée", en = "A broad general culture" }, bin = 2 },
        { text = { fr = "Être à l’aise à l’oral", en = "Being at ease speaking" }, bin = 2 },
        { text = { fr = "Méthodes Agile et Scrum", en = "Agile and Scrum methods" }, bin = 3 },
        { text = { fr = "Diagrammes de Gantt et PERT", en = "Gantt and PERT charts" }, bin = 3 },
      },
      explain = {
        fr = "Pour le diagnostic, les soft skills sont très proches en IA et en cyber : l’anglais, une culture générale développée, l’aisance à l’oral. Les compétences managériales, ce sont des méthodes (Agile, Scrum) et des outils de pilotage (Gantt, PERT).",
        en = "For the diagnostic, soft skills are much alike in AI and in cyber: English, a broad general culture, ease at speaking. Management skills are methods (Agile, Scrum) and planning tools (Gantt, PERT).",
      },
      source = DIAG,
      time = 60,
    },
    {
      id = "bac5-share",
      kind = "estimate",
      prompt = {
        fr = "Dans les Hauts-de-Seine, quelle part des entreprises interrogées veulent recruter surtout des profils Bac+5 ?",
        en = "In the Hauts-de-Seine, what share of the firms surveyed want to recruit mainly Bac+5 (master’s level) profiles?",
      },
      min = 0,
      max = 100,
      answer = 65,
      unit = "%",
      explain = {
        fr = "65 % visent surtout le Bac+5 et 23 % le Bac+3, selon le Diagnostic CS&IA-92 : des chiffres pour les Hauts-de-Seine, entreprises de plus de 5 salariés. Le Bac+5 domine, mais ce n’est pas la seule porte d’entrée.",
        en = "65% aim mainly at Bac+5 and 23% at Bac+3, according to the CS&IA-92 diagnostic: figures for the Hauts-de-Seine, firms of more than 5 staff. Bac+5 dominates, but it is not the only way in.",
      },
      source = DIAG_RECRUT,
      time = 30,
    },
    {
      id = "other-profiles",
      kind = "choice",
      prompt = {
        fr = "Face aux difficultés de recrutement, à quels autres profils ces entreprises s’ouvrent-elles pour des postes en cybersécurité ?",
        en = "Facing hiring difficulties, which other profiles do these firms open up to for cybersecurity posts?",
      },
      choices = {
        { fr = "Des Bac+2 avec une forte capacité d’analyse", en = "Bac+2 profiles with a strong capacity for analysis" },
        { fr = "Seulement des docteurs (Bac+8)", en = "Only PhDs (Bac+8)" },
        { fr = "Seulement des ingénieurs déjà expérimentés", en = "Only engineers with experience already" },
        { fr = "Aucun : le Bac+5 reste obligatoire", en = "None: Bac+5 remains compulsory" },
      },
      correct = 1,
      explain = {
        fr = "Le diagnostic cite des Bac+2 avec une forte capacité d’analyse, et des Bac+2, +3 ou +4 avec une bonne culture cyber. À retenir : la capacité d’analyse et la culture cyber peuvent compenser un diplôme plus court.",
        en = "The diagnostic names Bac+2 profiles with a strong capacity for analysis, and Bac+2, +3 or +4 profiles with a good cyber culture. Remember: analytical skill and cyber culture can make up for a shorter degree.",
      },
      source = DIAG_RECRUT,
      time = 30,
    },
    {
      id = "offer-soft-skills",
      kind = "hotspot",
      prompt = {
        fr = "Une offre de data scientist junior. Touchez les trois soft skills demandées, puis validez.",
        en = "A junior data scientist job offer. Tap the three soft skills it asks for, then submit.",
      },
      mail = {
        from = { name = "Orvilia Recrutement", address = "jobs@orvilia.example" },
        subject = { fr = "Data scientist junior (H/F), Nanterre", en = "Junior data scientist, Nanterre" },
        date = { fr = "mar. 8 déc. 2026, 09:30", en = "Tue 8 Dec 2026, 09:30" },
        body = {
          { fr = "Nous cherchons un ou une data scientist junior.", en = "We are looking for a junior data scientist." },
          { fr = "Bases solides en statistiques et en Python.", en = "Solid grounding in statistics and Python." },
          {
            text = { fr = "Anglais : lire et présenter des documents techniques.", en = "English: read and present technical documents." },
            clue = { fr = "L’anglais est une soft skill pour le diagnostic.", en = "English is a soft skill for the diagnostic." },
          },
          { fr = "Connaissance du RGPD appréciée.", en = "Knowledge of the GDPR a plus." },
          {
            text = { fr = "À l’aise à l’oral pour présenter vos résultats.", en = "At ease speaking, to present your results." },
            clue = { fr = "L’aisance à l’oral est une soft skill.", en = "Ease at speaking is a soft skill." },
          },
          {
            text = { fr = "Une bonne culture générale, pour comprendre nos clients.", en = "A good general culture, to understand our clients." },
            clue = { fr = "La culture générale est une soft skill.", en = "General culture is a soft skill." },
          },
        },
      },
      explain = {
        fr = "L’anglais, l’oral et la culture générale sont les soft skills du diagnostic. Statistiques et Python sont techniques, et le RGPD figure dans le bloc technique des profils IA. À retenir : une offre mélange les deux, et les soft skills se travaillent aussi.",
        en = "English, speaking and general culture are the diagnostic’s soft skills. Statistics and Python are technical, and the GDPR is in the technical block of the AI profiles. Remember: an offer mixes both, and soft skills can be trained too.",
      },
      source = DIAG,
      time = 60,
    },
    {
      id = "double-skills",
      kind = "truefalse",
      prompt = {
        fr = "Le diagnostic cite des besoins de « double compétence », comme IA et droit, ou cyber et sciences du comportement.",
        en = "The diagnostic names needs for “double skills”, such as AI and law, or cyber and behavioural sciences.",
      },
      correct = true,
      explain = {
        fr = "Vrai. Il cite aussi IA et philosophie, cyber et actuariat : les questions éthiques, juridiques et humaines demandent d’autres profils que l’informatique seule. À retenir : un premier métier hors du numérique peut devenir un atout.",
        en = "True. It also names AI and philosophy, cyber and actuarial science: ethical, legal and human questions call for more than computing alone. Remember: a first career outside digital can become an asset.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse », « Hypothèses des évolutions des besoins en formation » (Hauts-de-Seine)",
      time = 25,
    },
    {
      id = "ethics-module",
      kind = "choice",
      prompt = {
        fr = "Quel module le diagnostic juge-t-il indispensable dans les futures formations en IA ?",
        en = "Which module does the diagnostic deem essential in future AI courses?",
      },
      choices = {
        { fr = "La protection des données et l’éthique des algorithmes", en = "Data protection and the ethics of algorithms" },
        { fr = "La programmation en C/C++", en = "Programming in C/C++" },
        { fr = "Le cloud (AWS, Azure)", en = "The cloud (AWS, Azure)" },
        { fr = "Le deep learning avancé", en = "Advanced deep learning" },
      },
      correct = 1,
      explain = {
        fr = "Pour le diagnostic, un module sur la protection des données et l’éthique des algorithmes est une composante indispensable des futures formations en IA. À retenir : concevoir une IA, c’est aussi répondre de ce qu’elle fait des données.",
        en = "For the diagnostic, a module on data protection and the ethics of algorithms is an essential part of future AI courses. Remember: building an AI also means answering for what it does with data.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse », « Macro plan d’actions », objectif III, action 2 (Hauts-de-Seine)",
      time = 30,
    },
    {
      id = "brakes",
      kind = "multi",
      prompt = {
        fr = "Quels freins le diagnostic voit-il à former plus de monde en IA et en cybersécurité ? Cochez-les.",
        en = "Which brakes does the diagnostic see on training more people in AI and cybersecurity? Tick them.",
      },
      choices = {
        { fr = "Un niveau en mathématiques jugé insuffisant", en = "A level in maths judged too low" },
        { fr = "Des formations au tarif élevé", en = "Expensive courses" },
        { fr = "Des délais longs pour créer et accréditer les formations diplômantes", en = "Long delays to set up and accredit degree courses" },
        { fr = "Des formations devenues moins nombreuses", en = "Fewer courses than before" },
        { fr = "Des entreprises qui ne recrutent plus", en = "Firms that no longer recruit" },
        { fr = "Des métiers fermés aux personnes en reconversion", en = "Jobs closed to career changers" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "Maths, coût, lenteur des accréditations : ce sont les freins cités. Le nombre de formations, lui, a augmenté, et le diagnostic vise aussi les personnes en reconversion. À retenir : un bon niveau en maths ouvre ces filières, et il se travaille.",
        en = "Maths, cost, slow accreditation: those are the brakes named. The number of courses has grown, and the diagnostic also targets career changers. Remember: a good level in maths opens these paths, and it can be worked on.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse », « Accompagner les évolutions professionnelles » (Hauts-de-Seine)",
      time = 40,
    },
  },
}
