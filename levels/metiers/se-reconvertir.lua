-- Level "se-reconvertir" of the metiers pack (lycée students choosing a path, job seekers and
-- adults changing careers; a 10-15 minute round, spoken to as "vous").
-- Switching to cyber and AI: what the Hauts-de-Seine diagnostic says about hiring (65 % of firms
-- aim at Bac+5 but open to Bac+2 with strong analysis and Bac+2/3/4 with a good cyber culture;
-- people changing careers welcome "sous réserve de prérequis"), the continuing-education routes it
-- proposes by first job (IT -> cybersecurity, law -> DPO, science -> data science and AI), the soft
-- skills it names (English, general culture, speaking), and the support that exists: apprenticeship
-- (Code du travail L6222-1, ONISEP), the CPF (moncompteformation.gouv.fr), the projet de transition
-- professionnelle (travail-emploi.gouv.fr, Transitions Pro), the VAE, and the steps of a plan.
-- Second reader's check (what was confirmed where): /work/factcheck/i16/se-reconvertir.check.md.
-- The diagnostic's figures are regional (Hauts-de-Seine, firms of more than 5 staff). People,
-- the company and its domain are invented (.example). No salary or hiring figure is given: no
-- stored page states one for these jobs. A nurse-to-DPO portrait was left out: no page read
-- supports that route; the DPO portrait follows the diagnostic (law -> DPO) and ONISEP.
-- Plain data only, no pictures. Sources: /work/factcheck/i16/se-reconvertir.sources.md.
-- Licence: CC BY-SA 4.0.
return {
  id = "se-reconvertir",
  title = { fr = "Changer de voie vers la cyber et l’IA", en = "Switching to cyber and AI" },
  description = {
    fr = "Reconversion, alternance, CPF, transition professionnelle, VAE : les chemins vers les métiers de la cybersécurité et de l’IA, et les compétences qui vous suivent.",
    en = "Career change, apprenticeship, CPF, professional transition, VAE: the routes into cybersecurity and AI jobs, and the skills you bring with you.",
  },
  audience = { "metiers" },
  questions = {
    {
      id = "recrute-bac5",
      kind = "estimate",
      prompt = {
        fr = "Diagnostic CS&IA-92 (Hauts-de-Seine, entreprises de plus de 5 salariés) : quelle part des entreprises veut recruter surtout des profils Bac+5 ?",
        en = "CS&IA-92 diagnostic (Hauts-de-Seine, firms of more than 5 staff): what share of firms mainly want to hire people at Bac+5 (master's level)?",
      },
      min = 0,
      max = 100,
      answer = 65,
      unit = "%",
      format = "plain",
      explain = {
        fr = "65 %, et 23 % visent des Bac+3. Mais face aux difficultés de recrutement, ces entreprises s’ouvrent à d’autres profils : sans Bac+5, la porte n’est pas fermée.",
        en = "65%, and 23% aim at Bac+3. But faced with hiring difficulties, these firms open up to other profiles: without a Bac+5, the door is not shut.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », « Les besoins en recrutement » (chiffres des Hauts-de-Seine, entreprises de plus de 5 salariés)",
      time = 30,
    },
    {
      id = "autres-profils",
      kind = "multi",
      prompt = {
        fr = "Pour faire face aux tensions de recrutement, vers quels profils les entreprises du diagnostic s’ouvrent-elles ?",
        en = "To cope with hiring shortages, which profiles do the diagnostic's firms open up to?",
      },
      choices = {
        { fr = "Des Bac+2 avec une forte capacité d’analyse, pour des postes en cybersécurité", en = "Bac+2 holders with strong analytical skills, for cybersecurity jobs" },
        { fr = "Des Bac+2/3/4 avec une bonne culture cyber", en = "Bac+2/3/4 holders with a good cyber culture" },
        { fr = "Uniquement des ingénieurs de grandes écoles", en = "Only engineers from top engineering schools" },
        { fr = "Toute personne, sans aucun prérequis", en = "Anyone, with no prerequisites at all" },
      },
      correct = { 1, 2 },
      explain = {
        fr = "Le diagnostic cite ces deux ouvertures et vise aussi l’accueil de personnes en reconversion, « sous réserve de prérequis » : il faut des bases, pas forcément un Bac+5.",
        en = "The diagnostic names these two openings and also aims to welcome people changing careers, \"subject to prerequisites\": you need the basics, not necessarily a Bac+5.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », « Enjeux du diagnostic » et « Les besoins en recrutement »",
      time = 30,
    },
    {
      id = "metier-origine",
      kind = "sort",
      prompt = {
        fr = "Le diagnostic propose des parcours de formation continue selon le métier d’origine. Vers quelle voie mène-t-il chaque profil ? (DPO : délégué(e) à la protection des données)",
        en = "The diagnostic proposes continuing-education routes by first job. Which way does it lead each profile? (DPO: data protection officer)",
      },
      bins = {
        { fr = "Cyber", en = "Cyber" },
        { fr = "DPO", en = "DPO" },
        { fr = "Data science et IA", en = "Data science and AI" },
      },
      items = {
        { text = { fr = "Technicienne support informatique", en = "IT support technician" }, bin = 1 },
        { text = { fr = "Juriste en droit des affaires", en = "In-house legal counsel" }, bin = 2 },
        { text = { fr = "Statisticien", en = "Statistician" }, bin = 3 },
        { text = { fr = "Administrateur systèmes et réseaux", en = "Systems and network administrator" }, bin = 1 },
        { text = { fr = "Avocate", en = "Lawyer" }, bin = 2 },
        { text = { fr = "Ingénieure de formation scientifique (physique)", en = "Engineer with a science background (physics)" }, bin = 3 },
      },
      explain = {
        fr = "Le diagnostic mène l’informatique vers la cybersécurité, le droit vers le poste de DPO, une formation scientifique vers la data science et l’IA. Votre premier métier est un point de départ.",
        en = "The diagnostic leads IT towards cybersecurity, law towards the DPO post, a science background towards data science and AI. Your first job is a starting point.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », Objectif I.2, Action 1 (parcours de formation continue)",
      time = 45,
    },
    {
      id = "offre-soft-skills",
      kind = "hotspot",
      prompt = {
        fr = "Cette offre mêle compétences techniques et non techniques. Touchez les trois « soft skills » que cite le diagnostic, puis validez.",
        en = "This job offer mixes technical and non-technical skills. Tap the three soft skills the diagnostic names, then submit.",
      },
      mail = {
        from = { name = "Recrutement Veilleur Sécurité", address = "recrutement@veilleur-secu.example" },
        subject = { fr = "Analyste SOC junior (H/F), reconversions bienvenues", en = "Junior SOC analyst, career changers welcome" },
        date = "02/12/2026",
        body = {
          {
            text = { fr = "Anglais lu et parlé (documentation, clients étrangers).", en = "English, read and spoken (documentation, foreign clients)." },
            clue = { fr = "Comprendre et parler anglais : une soft skill du diagnostic.", en = "Understanding and speaking English: a soft skill in the diagnostic." },
          },
          { fr = "Bases en réseaux et systèmes (Linux, Windows).", en = "Basics of networks and systems (Linux, Windows)." },
          {
            text = { fr = "À l’aise à l’oral : vous présentez vos analyses.", en = "At ease speaking: you present your findings." },
            clue = { fr = "L’aisance à l’oral : une soft skill du diagnostic.", en = "Ease in speaking: a soft skill in the diagnostic." },
          },
          { fr = "Notions de Python.", en = "Some Python." },
          {
            text = { fr = "Culture générale et curiosité.", en = "General knowledge and curiosity." },
            clue = { fr = "Une culture générale développée : citée par le diagnostic.", en = "A broad general culture: named by the diagnostic." },
          },
        },
      },
      explain = {
        fr = "Le diagnostic cite l’anglais, la culture générale et l’aisance à l’oral parmi les soft skills communes à la cyber et à l’IA. Si votre premier métier vous les a données, dites-le dans votre candidature.",
        en = "The diagnostic names English, general culture and ease in speaking among the soft skills shared by cyber and AI. If your first job gave you them, say so when you apply.",
      },
      source = "Diagnostic CS&IA-92, « Synthèse : Diagnostic CS&IA-92 », « Cartographie des compétences » (softskills)",
      time = 60,
    },
    {
      id = "dpo-juriste",
      kind = "choice",
      prompt = {
        fr = "Nadia est juriste depuis huit ans et vise un poste de délégué(e) à la protection des données (DPO). Son parcours est-il un frein ?",
        en = "Nadia has been a lawyer for eight years and is aiming for a data protection officer (DPO) post. Is her background a drawback?",
      },
      choices = {
        { fr = "Non : le métier accueille des parcours variés, dont le droit", en = "No: the job welcomes varied backgrounds, law among them" },
        { fr = "Oui : il faut d’abord un diplôme d’ingénieur en cybersécurité", en = "Yes: she first needs a cybersecurity engineering degree" },
        { fr = "Oui : ce poste est réservé aux informaticiens", en = "Yes: the post is for IT people only" },
      },
      correct = 1,
      explain = {
        fr = "L’ONISEP cite des parcours d’origine variés pour les DPO : juridique, sécurité informatique, systèmes d’information, ressources humaines, communication… Le diagnostic propose des parcours qui mènent les professionnels du droit vers ce poste.",
        en = "ONISEP lists varied first backgrounds for DPOs: law, IT security, information systems, HR, communication… The diagnostic proposes routes that take legal professionals to this post.",
      },
      source = "ONISEP, « Délégué / Déléguée à la protection des données » : https://concourspostprepas.onisep.fr/ressources/univers-metier/metiers/delegue-deleguee-a-la-protection-des-donnees",
      time = 25,
    },
    {
      id = "age-apprentissage",
      kind = "input",
      prompt = {
        fr = "Le contrat d’apprentissage (une forme d’alternance) est ouvert en principe à partir de 16 ans, jusqu’à quel âge révolu ? Tapez le nombre.",
        en = "An apprenticeship contract (one form of work-study) is open in principle from age 16 up to what age? Type the number.",
      },
      number = 29,
      tolerance = 0,
      explain = {
        fr = "Jusqu’à 29 ans révolus au début du contrat (la veille de vos 30 ans), avec des exceptions prévues par la loi. L’apprentissage prépare des diplômes du CAP au Bac+5. Au-delà, la formation continue prend le relais : CPF, transition professionnelle.",
        en = "Up to age 29 when the contract starts (until the day before your 30th birthday), with exceptions set by law. Apprenticeships lead to qualifications from CAP to Bac+5. Beyond that, continuing education takes over: CPF, professional transition.",
      },
      source = "Légifrance, Code du travail, article L6222-1 (âge de l'apprenti) : https://www.legifrance.gouv.fr/codes/id/LEGIARTI000037385933/2019-01-01/",
      time = 25,
    },
    {
      id = "site-cpf",
      kind = "input",
      prompt = {
        fr = "Vos droits au compte personnel de formation (CPF) se consultent sur un site officiel. Tapez son adresse (elle finit par .gouv.fr).",
        en = "Your rights under the personal training account (CPF) are on an official site. Type its address (it ends in .gouv.fr).",
      },
      accept = { "moncompteformation.gouv.fr", "www.moncompteformation.gouv.fr" },
      explain = {
        fr = "C’est moncompteformation.gouv.fr, aussi en application. Vos droits restent disponibles si vous changez d’employeur ou perdez votre emploi. Tapez l’adresse vous-même plutôt que de suivre un lien reçu.",
        en = "It is moncompteformation.gouv.fr, also as an app. Your rights stay available if you change employer or lose your job. Type the address yourself rather than follow a link you received.",
      },
      source = "Région Centre-Val de Loire, « CPF : mode d'emploi » https://orientation.centre-valdeloire.fr/index.php/sorienter-dans-sa-vie-professionnelle/sinformer/compte-personnel-de-formation-cpf-mode-demploi",
      time = 35,
    },
    {
      id = "ptp",
      kind = "choice",
      prompt = {
        fr = "Mehdi, salarié en CDI, veut se former plusieurs mois pour devenir technicien en cybersécurité, sans démissionner. Quel dispositif est fait pour ça ?",
        en = "Mehdi, on a permanent contract, wants to train for several months to become a cybersecurity technician, without resigning. Which scheme is made for this?",
      },
      choices = {
        { fr = "Le projet de transition professionnelle (PTP)", en = "The professional transition project (PTP)" },
        { fr = "La validation des acquis de l’expérience (VAE)", en = "Accreditation of prior experience (VAE)" },
        { fr = "Aucun : il faut démissionner pour se reconvertir", en = "None: you must resign to change careers" },
      },
      correct = 1,
      explain = {
        fr = "Le PTP finance une formation certifiante pour changer de métier : congé, contrat suspendu, rémunération maintenue (en totalité jusqu’à deux Smic), demande instruite par Transitions Pro, sous conditions. La VAE certifie une expérience, elle ne forme pas.",
        en = "The PTP funds a certified course to change jobs: leave, contract suspended, pay maintained (in full up to twice the minimum wage), application reviewed by Transitions Pro, under conditions. The VAE certifies experience; it does not train you.",
      },
      source = "Ministère du Travail, « Le projet de transition professionnelle » : https://travail-emploi.gouv.fr/le-projet-de-transition-professionnelle",
      time = 30,
    },
    {
      id = "vae-benevolat",
      kind = "choice",
      prompt = {
        fr = "Awa gère depuis cinq ans, bénévolement, le réseau informatique d’une association. La VAE peut-elle tenir compte de cette expérience ?",
        en = "Awa has run a charity's computer network as a volunteer for five years. Can a VAE take this experience into account?",
      },
      choices = {
        { fr = "Oui : le bénévolat compte, et le diplôme obtenu vaut celui de la formation", en = "Yes: volunteering counts, and the diploma is worth the same as by training" },
        { fr = "Non : seule une expérience salariée compte", en = "No: only paid employment counts" },
        { fr = "Oui, mais un diplôme obtenu par VAE vaut moins", en = "Yes, but a diploma gained through VAE is worth less" },
      },
      correct = 1,
      explain = {
        fr = "Le bénévolat compte depuis la création de la VAE en 2002, et la loi de décembre 2022 l’a ouverte à toute personne. Le diplôme obtenu a la même valeur que par la formation.",
        en = "Volunteering has counted since the VAE was created in 2002, and the law of December 2022 opened it to everyone. The diploma gained is worth the same as one gained by training.",
      },
      source = "Carif-Oref Occitanie, « VAE » (réforme de 2022) : https://www.cariforefoccitanie.fr/orientation-et-parcours-des-publics/vae/",
      time = 30,
    },
    {
      id = "plan-ptp",
      kind = "order",
      prompt = {
        fr = "Salarié(e), vous préparez une reconversion avec un projet de transition professionnelle. Remettez les étapes dans l’ordre.",
        en = "As an employee, you are preparing a career change with a professional transition project. Put the steps in order.",
      },
      items = {
        { fr = "Voir un conseiller en évolution professionnelle", en = "See a career development adviser" },
        { fr = "Choisir une formation certifiante", en = "Choose a certified course" },
        { fr = "Faire le positionnement avec l’organisme", en = "Take the prior assessment with the provider" },
        { fr = "Demander le financement à Transitions Pro", en = "Apply to Transitions Pro for funding" },
        { fr = "Suivre la formation (contrat suspendu)", en = "Take the course (contract suspended)" },
      },
      explain = {
        fr = "Le conseiller en évolution professionnelle (gratuit) aide à bâtir le projet, le positionnement adapte la formation à vos acquis, puis Transitions Pro examine la demande et, si elle est validée, finance le parcours.",
        en = "The career development adviser (free) helps build the project, the prior assessment fits the course to what you know, then Transitions Pro reviews the application and, if it is approved, funds the course.",
      },
      source = "Ministère du Travail, « Le projet de transition professionnelle » : https://travail-emploi.gouv.fr/le-projet-de-transition-professionnelle",
      time = 50,
    },
  },
}
