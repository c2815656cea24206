-- Level "ia-et-devoirs" of the lycee pack (high-school students, a 10-15 minute class round).
-- What a language model is and is not (it writes the most likely text, it is no knowledge base;
-- it can invent a book, a DOI or a quote: a "hallucination"), checking a reference it gave (a
-- chat mock-up), no personal data in a prompt (a chat mock-up of a draft prompt), bias, what is
-- honest or fraud in homework (the Ministry's framework for AI in education, June 2025), good
-- uses for learning (multi) and the steps of a presentation prepared with AI (order).
-- Sources: the CNIL's page on its two FAQs on AI at school, the Ministry's framework (its page on
-- education.gouv.fr; its text read through academies' relays), RTBF on bias; every claim and the
-- sentences that back it: /work/factcheck/i16/ia-et-devoirs.sources.md; the second reader's
-- check: /work/factcheck/i16/ia-et-devoirs.check.md.
-- Plain data only, no pictures. The chatbot (Kalio), the book, its author, its publisher, the
-- DOI and the students are invented; the phone number is in a range ARCEP keeps for fiction
-- (06 39 98). Licence: CC BY-SA 4.0.
return {
  id = "ia-et-devoirs",
  title = { fr = "L’IA et mes devoirs", en = "AI and my homework" },
  description = {
    fr = "Ce qu’un chatbot sait faire et ce qu’il invente, ce qu’on ne lui confie pas, et comment s’en servir honnêtement pour un devoir ou un exposé.",
    en = "What a chatbot can do and what it makes up, what you never tell it, and how to use it honestly for homework or a presentation.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "what-it-does",
      kind = "choice",
      prompt = {
        fr = "Tu poses une question à un chatbot d’IA comme Kalio. Que fait-il pour te répondre ?",
        en = "You ask an AI chatbot such as Kalio a question. What does it do to answer you?",
      },
      choices = {
        { fr = "Il écrit la suite de mots la plus probable", en = "It writes the most likely sequence of words" },
        { fr = "Il consulte une base de faits vérifiés", en = "It looks up a database of checked facts" },
        { fr = "Il comprend la question et vérifie sa réponse", en = "It understands the question and checks its answer" },
        { fr = "Il recopie la meilleure page du Web", en = "It copies the best page on the web" },
      },
      correct = 1,
      explain = {
        fr = "Un modèle de langage n’est pas une base de connaissances : il produit la réponse statistiquement la plus probable. Elle sonne juste, mais rien ne garantit qu’elle soit vraie.",
        en = "A language model is not a knowledge base: it produces the statistically most likely answer. It sounds right, but nothing guarantees it is true.",
      },
      source = "CNIL, « La CNIL publie deux FAQ sur l’utilisation des systèmes d’IA dans les établissements scolaires » — https://www.cnil.fr/fr/deux-faq-utilisation-des-systemes-dia-scolaire",
      time = 25,
    },
    {
      id = "fake-reference",
      kind = "hotspot",
      prompt = {
        fr = "Nour demande des sources pour son exposé sur les abeilles. Appuie sur ce qu’elle doit vérifier elle-même avant de le citer, puis valide.",
        en = "Nour asks for sources for her presentation on bees. Tap what she must check herself before quoting it, then submit.",
      },
      chat = {
        app = "Kalio",
        channel = { fr = "Exposé abeilles", en = "Bees presentation" },
        from = { name = "Kalio", detail = { fr = "IA", en = "AI" } },
        date = "18:32",
        messages = {
          { fr = "Bon sujet ! Voici une source solide :", en = "Good topic! Here is a solid source:" },
          {
            id = "book",
            text = {
              fr = "Léa Morvan, Le Silence des ruches, éditions Alvéole, 2019.",
              en = "Léa Morvan, The Silence of the Hives, Alvéole Press, 2019.",
            },
            clue = {
              fr = "Un livre, une autrice, un éditeur : l’IA peut tout inventer.",
              en = "A book, an author, a publisher: AI can invent all of them.",
            },
          },
          {
            id = "doi",
            text = { fr = "DOI : 10.5555/ruches.2019.142", en = "DOI: 10.5555/hives.2019.142" },
            clue = {
              fr = "Un identifiant d’article a l’air sérieux, même inventé.",
              en = "An article identifier looks serious, even made up.",
            },
          },
          {
            id = "quote",
            text = {
              fr = "Elle écrit p. 142 : « La moitié des ruches ont disparu en dix ans. »",
              en = "She writes on p. 142: “Half of all hives vanished in ten years.”",
            },
            clue = {
              fr = "Une citation et un chiffre : à retrouver dans le texte même.",
              en = "A quote and a figure: to be found in the text itself.",
            },
          },
          { fr = "Tu veux que je t’aide à faire le plan ?", en = "Shall I help you with the outline?" },
        },
      },
      explain = {
        fr = "Un chatbot peut inventer un livre, un DOI (l’identifiant d’un article) ou une citation qui ont l’air vrais. Cherche le titre au CDI ou dans un catalogue, ouvre le DOI, retrouve la phrase. Si tu ne trouves rien, ne le cite pas.",
        en = "A chatbot can invent a book, a DOI (an article’s identifier) or a quote that all look real. Look the title up at the school library or in a catalogue, open the DOI, find the sentence. If you find nothing, don’t quote it.",
      },
      source = "Ministère de l’Éducation nationale, « Cadre d’usage de l’IA en éducation » (juin 2025) — https://www.education.gouv.fr/cadre-d-usage-de-l-ia-en-education-450647",
      time = 60,
    },
    {
      id = "hallucination-word",
      kind = "input",
      prompt = {
        fr = "Nour cherche le livre au CDI et sur le Web : il n’existe pas. Comment appelle-t-on une réponse fausse ou inventée par une IA ? (un mot en « h »)",
        en = "Nour looks for the book at the school library and online: it does not exist. What do we call a false or made-up answer from an AI? (one word, starting with “h”)",
      },
      accept = { "hallucination", "hallucinations", "une hallucination", "a hallucination" },
      explain = {
        fr = "On parle d’« hallucination » : l’IA produit une réponse fausse, ou une source ou une citation qui n’existe pas. D’où la règle : vérifie chaque fait et chaque source ailleurs.",
        en = "It is called a “hallucination”: the AI gives a false answer, or a source or quote that does not exist. Hence the rule: check every fact and every source elsewhere.",
      },
      source = "Ministère de l’Éducation nationale, « Cadre d’usage de l’IA en éducation » (juin 2025) — https://www.education.gouv.fr/cadre-d-usage-de-l-ia-en-education-450647",
      time = 35,
    },
    {
      id = "draft-prompt",
      kind = "hotspot",
      prompt = {
        fr = "Inès va envoyer ce message à un chatbot gratuit. Appuie sur ce qu’elle devrait retirer avant de l’envoyer, puis valide.",
        en = "Inès is about to send this to a free chatbot. Tap what she should remove before sending it, then submit.",
      },
      chat = {
        app = "Kalio",
        channel = { fr = "Nouvelle discussion", en = "New chat" },
        from = { name = { fr = "Inès (toi)", en = "Inès (you)" }, detail = { fr = "Brouillon", en = "Draft" } },
        messages = {
          {
            fr = "Aide-moi à écrire un mail poli à ma prof pour rendre mon exposé en retard.",
            en = "Help me write a polite email to my teacher to hand in my presentation late.",
          },
          {
            id = "name",
            text = {
              fr = "Je suis Inès Haddad, en 1re B, prof : Mme Roussel.",
              en = "I’m Inès Haddad, class 11B, my teacher is Ms Roussel.",
            },
            clue = {
              fr = "Nom, classe, prof : de quoi te reconnaître.",
              en = "Name, class, teacher: enough to identify you.",
            },
          },
          {
            id = "health",
            text = {
              fr = "J’étais absente : mon père est à l’hôpital pour une dépression.",
              en = "I was away: my father is in hospital with depression.",
            },
            clue = {
              fr = "La santé d’un proche : une donnée très sensible.",
              en = "A relative’s health: very sensitive data.",
            },
          },
          {
            id = "phone",
            text = { fr = "Mon numéro : 06 39 98 41 27", en = "My number: 06 39 98 41 27" },
            clue = {
              fr = "Un numéro n’a rien à faire dans la question.",
              en = "A phone number has no place in the question.",
            },
          },
          { fr = "Fais court, trois phrases maximum.", en = "Keep it short, three sentences at most." },
        },
      },
      explain = {
        fr = "Ce que tu tapes part chez l’éditeur du chatbot et peut servir à entraîner son IA. N’y mets que ce qui pourrait être rendu public : demande un modèle de mail, puis ajoute toi-même noms et détails dans ta messagerie.",
        en = "What you type goes to the chatbot’s maker and may be used to train its AI. Only put in what could be made public: ask for a template email, then add the names and details yourself in your own mailbox.",
      },
      source = "Ministère de l’Éducation nationale, « Cadre d’usage de l’IA en éducation » (juin 2025) — https://www.education.gouv.fr/cadre-d-usage-de-l-ia-en-education-450647",
      time = 60,
    },
    {
      id = "bias",
      kind = "choice",
      prompt = {
        fr = "Pour illustrer un exposé, Malik demande dix fois à une IA l’image d’« un médecin ». Elle ne montre que des hommes. Pourquoi ?",
        en = "To illustrate a presentation, Malik asks an AI ten times for a picture of “a doctor”. It only shows men. Why?",
      },
      choices = {
        { fr = "Elle reproduit les stéréotypes de ses données", en = "It repeats the stereotypes in its data" },
        { fr = "La plupart des médecins sont des hommes", en = "Most doctors are men" },
        { fr = "Le mot « médecin » est masculin", en = "The word “doctor” is masculine" },
        { fr = "C’est un hasard, il faut réessayer", en = "It’s chance, just try again" },
      },
      correct = 1,
      explain = {
        fr = "Une IA répète les stéréotypes des textes et des images humains dont elle a appris : c’est un biais. Ce n’est ni le mot (même en anglais, une IA voit souvent le médecin en homme) ni la réalité (environ la moitié des médecins sont des femmes). Précise ta demande : « des médecins, femmes et hommes ».",
        en = "An AI repeats the stereotypes in the human texts and pictures it learned from: this is bias. It is neither the word (even in English, AI often pictures a doctor as a man) nor reality (about half of doctors are women). Make your request precise: “doctors, women and men”.",
      },
      source = "RTBF, « Les femmes, indispensables au bon développement… » — https://www.rtbf.be/article/les-femmes-indispensables-au-bon-developpement-de-l-intelligence-artificielle-11229247",
      time = 30,
    },
    {
      id = "honest-or-fraud",
      kind = "sort",
      prompt = {
        fr = "Un devoir à la maison et une IA : honnête ou fraude ? Classe chaque cas.",
        en = "Homework and an AI: honest or cheating? Sort each case.",
      },
      bins = {
        { fr = "Honnête", en = "Honest" },
        { fr = "Fraude", en = "Cheating" },
      },
      items = {
        { text = { fr = "Le prof l’autorise, tu dis comment tu t’en es servi", en = "Your teacher allows it and you say how you used it" }, bin = 1 },
        { text = { fr = "L’IA t’interroge sur ta leçon pour réviser", en = "The AI quizzes you on your lesson to revise" }, bin = 1 },
        { text = { fr = "Permis : tu retravailles sa réponse avec tes mots", en = "Allowed: you rework its answer in your own words" }, bin = 1 },
        { text = { fr = "Tu rends le texte de l’IA sans le dire", en = "You hand in the AI’s text without saying so" }, bin = 2 },
        { text = { fr = "Le prof l’interdit, tu t’en sers quand même", en = "Your teacher forbids it, you use it anyway" }, bin = 2 },
        { text = { fr = "Tu changes quelques mots pour le cacher", en = "You change a few words to hide it" }, bin = 2 },
      },
      explain = {
        fr = "Le cadre d’usage de l’Éducation nationale (juin 2025) le dit : une IA utilisée pour un devoir sans l’accord explicite du prof, et sans travail personnel, c’est une fraude. Quand elle est permise, joue la transparence : dis quel outil, et pour quoi faire.",
        en = "The French Ministry of Education’s framework (June 2025) says so: AI used for homework without the teacher’s explicit permission, and without your own work on it, is cheating. When it is allowed, be open: say which tool, and what for.",
      },
      source = "Ministère de l’Éducation nationale, « Cadre d’usage de l’IA en éducation » (juin 2025) — https://www.education.gouv.fr/cadre-d-usage-de-l-ia-en-education-450647",
      time = 50,
    },
    {
      id = "learning-uses",
      kind = "multi",
      prompt = {
        fr = "Ton prof autorise l’IA pour réviser. Quelles utilisations t’aident vraiment à apprendre ?",
        en = "Your teacher allows AI for revising. Which uses really help you learn?",
      },
      choices = {
        { fr = "Lui demander de t’interroger sur ta leçon", en = "Ask it to quiz you on your lesson" },
        { fr = "Lui demander d’expliquer autrement une notion", en = "Ask it to explain a topic another way" },
        { fr = "Comparer sa réponse avec ton cours", en = "Compare its answer with your notes" },
        { fr = "Lui faire faire l’exercice, puis recopier", en = "Have it do the exercise, then copy it" },
        { fr = "Citer ses sources sans les ouvrir", en = "Quote its sources without opening them" },
        { fr = "Garder sa réponse sans la relire", en = "Keep its answer without rereading it" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "L’IA t’aide quand elle te fait travailler : t’interroger, réexpliquer, confronter sa réponse à ton cours. Sinon, tu récupères des réponses toutes faites, parfois fausses.",
        en = "AI helps you when it makes you work: quizzing you, explaining again, checking its answer against your notes. Otherwise you just get ready-made answers, sometimes wrong ones.",
      },
      source = "CNIL, « La CNIL publie deux FAQ sur l’utilisation des systèmes d’IA dans les établissements scolaires » — https://www.cnil.fr/fr/deux-faq-utilisation-des-systemes-dia-scolaire",
      time = 40,
    },
    {
      id = "presentation-steps",
      kind = "order",
      prompt = {
        fr = "Tu prépares un exposé avec l’aide d’une IA. Dans quel ordre t’y prendre ?",
        en = "You are preparing a presentation with the help of an AI. In what order do you go about it?",
      },
      items = {
        { fr = "Vérifier ce que ton prof autorise", en = "Check what your teacher allows" },
        { fr = "Poser ta question sans donnée personnelle", en = "Ask your question with no personal data" },
        { fr = "Repérer les faits et les sources de sa réponse", en = "Pick out the facts and sources in its answer" },
        { fr = "Vérifier chacun dans une source fiable", en = "Check each one in a reliable source" },
        { fr = "Rédiger l’exposé avec tes mots", en = "Write the presentation in your own words" },
        { fr = "Dire comment tu as utilisé l’IA", en = "Say how you used AI" },
      },
      explain = {
        fr = "D’abord les règles du prof, puis une question sans donnée personnelle. Ensuite, tout fait ou toute source de la réponse se vérifie ailleurs avant d’entrer dans ton exposé, écrit avec tes mots. À la fin, dis à quoi l’IA t’a servi.",
        en = "First your teacher’s rules, then a question with no personal data. Then every fact or source in the answer is checked elsewhere before it goes into your presentation, written in your own words. Finally, say how AI helped you.",
      },
      source = "Ministère de l’Éducation nationale, « Cadre d’usage de l’IA en éducation » (juin 2025) — https://www.education.gouv.fr/cadre-d-usage-de-l-ia-en-education-450647",
      time = 60,
    },
    {
      id = "confident-tone",
      kind = "truefalse",
      prompt = {
        fr = "Une réponse d’IA bien écrite, détaillée et sûre d’elle est presque toujours exacte.",
        en = "An AI answer that is well written, detailed and confident is almost always accurate.",
      },
      correct = false,
      explain = {
        fr = "Le ton ne prouve rien : l’IA écrit la réponse la plus probable, pas une réponse vérifiée, et elle peut se tromper ou inventer. Ce qui compte, c’est ce que tu peux vérifier dans une source fiable.",
        en = "The tone proves nothing: AI writes the most likely answer, not a checked one, and it can be wrong or make things up. What counts is what you can check in a reliable source.",
      },
      source = "CNIL, « La CNIL publie deux FAQ sur l’utilisation des systèmes d’IA dans les établissements scolaires » — https://www.cnil.fr/fr/deux-faq-utilisation-des-systemes-dia-scolaire",
      time = 20,
    },
  },
}
