-- Level "ia-generative" of the pme pack (staff of small companies, with a trainer).
-- Generative AI at work: what never goes into a public tool, the approved tool and its rules,
-- checking what the AI produces (invented facts and sources), and a cloned voice of the boss.
-- Facts (sources in /work/guide/ia-generative.sources.md): what is typed into a free public AI
-- tool may be reused to train it (France Num, Fiche IA 4); https encrypts the connection, it
-- does not limit what the service does with the data (CNIL security guide, fiche 10; CNIL FAQ
-- on generative AI: the provider may reuse the data under its terms). The CNIL FAQ (18/07/2024,
-- read in full): list allowed and forbidden uses; avoid accounts opened with personal
-- addresses; the organisation is legally responsible for its staff's misuse; generative models
-- are not knowledge bases and may give inaccurate but plausible answers ("hallucinations");
-- never reproduce outputs as they are. Crooks imitate the voice of a superior (Safeonweb);
-- call back on the usual number (Cybermalveillance.gouv.fr). Regional figure: Diagnostic
-- CS&IA-92 (Hauts-de-Seine, firms of 5+ staff). Second reader's notes:
-- /work/factcheck/ia-generative.md.
-- Company, people, tool and domains are invented; 06 39 98 is an ARCEP range for fiction.
return {
  id = "ia-generative",
  title = { fr = "L’IA générative au bureau", en = "Generative AI at the office" },
  description = {
    fr = "Ce qu’on peut confier à un chatbot, ce qu’il ne faut jamais y coller, vérifier ce qu’il produit, et reconnaître la fausse voix du patron : dix questions.",
    en = "What you may give a chatbot, what never goes into it, checking what it produces, and spotting the boss’s fake voice: ten questions.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "what-it-keeps",
      kind = "choice",
      prompt = {
        fr = "Vous tapez une demande dans un outil d’IA gratuit et grand public. Que peut devenir ce que vous y saisissez ?",
        en = "You type a request into a free, public AI tool. What may become of what you enter?",
      },
      choices = {
        { fr = "Il peut être conservé et servir à entraîner l’IA", en = "It may be kept and used to train the AI" },
        { fr = "Il est effacé dès que vous fermez la fenêtre", en = "It is erased as soon as you close the window" },
        { fr = "Personne ne peut le lire : la connexion est en https", en = "Nobody can read it: the connection is https" },
        { fr = "Il reste sur votre ordinateur", en = "It stays on your computer" },
      },
      correct = 1,
      explain = {
        fr = "Dans les outils en ligne grand public, ce que vous saisissez peut servir de données d’entraînement ; le https (le cadenas dans la barre d’adresse) chiffre la connexion : il protège le trajet, pas l’usage qu’en fait le service. Règle : ne saisissez rien que vous ne publieriez pas.",
        en = "In public online tools, what you enter may be used as training data; https (the padlock in the address bar) encrypts the connection: it protects the journey, not what the service does with it. Rule: enter nothing you would not publish.",
      },
      source = "France Num, « Usage responsable et sécurisé – Fiche IA 4 » : https://www.francenum.gouv.fr/guides-et-conseils/pilotage-de-lentreprise/gestion-traitement-et-analyse-des-donnees/prendre-les",
      time = 25,
    },
    {
      id = "public-chatbot",
      kind = "sort",
      prompt = {
        fr = "Dans un chatbot public, que pouvez-vous coller sans risque ? Classez chaque carte.",
        en = "In a public chatbot, what can you safely paste? Sort each card.",
      },
      bins = {
        { fr = "Peut y aller", en = "May go in" },
        { fr = "Reste interne", en = "Stays in-house" },
      },
      items = {
        { text = { fr = "Le texte déjà publié sur votre site", en = "The text already on your website" }, bin = 1 },
        { text = { fr = "« Comment structurer un compte rendu ? »", en = "“How do I structure meeting minutes?”" }, bin = 1 },
        { text = { fr = "Un modèle de lettre vierge, sans aucun nom", en = "A blank letter template, with no names" }, bin = 1 },
        { text = { fr = "Une offre d’emploi déjà en ligne", en = "A job ad that is already online" }, bin = 1 },
        { text = { fr = "Le fichier clients : noms, e-mails, impayés", en = "The customer file: names, emails, unpaid bills" }, bin = 2 },
        { text = { fr = "Le contrat en négociation avec un fournisseur", en = "The contract under negotiation with a supplier" }, bin = 2 },
        { text = { fr = "Le code source du logiciel maison", en = "The source code of the in-house software" }, bin = 2 },
        { text = { fr = "Le mot de passe de la boîte mail partagée", en = "The shared mailbox’s password" }, bin = 2 },
      },
      explain = {
        fr = "Ce qui est déjà public ou ne dit rien de personne peut y aller. Données de clients, contrats, code et mots de passe sont personnels, confidentiels ou stratégiques : ils ne sortent pas de l’entreprise. Règle : dans le doute, retirez-le ou utilisez l’outil validé.",
        en = "What is already public or says nothing about anyone may go in. Customer data, contracts, code and passwords are personal, confidential or strategic: they stay inside the company. Rule: when in doubt, take it out or use the approved tool.",
      },
      source = "France Num, « Usage responsable et sécurisé – Fiche IA 4 » : https://www.francenum.gouv.fr/guides-et-conseils/pilotage-de-lentreprise/gestion-traitement-et-analyse-des-donnees/prendre-les",
      time = 60,
    },
    {
      id = "colleague-chat",
      kind = "hotspot",
      prompt = {
        fr = "Sami, un collègue, vous écrit. Touchez ce qui pose problème.",
        en = "Sami, a colleague, writes to you. Tap what is a problem.",
      },
      chat = {
        app = { fr = "Messagerie Vasseur", en = "Vasseur Chat" },
        channel = { fr = "#commercial", en = "#sales" },
        from = "Sami Haddad",
        date = "16:42",
        messages = {
          { fr = "Les relances de fin d’année, quelle corvée !", en = "Year-end reminders, what a chore!" },
          {
            id = "paste",
            text = {
              fr = "Je colle l’export clients dans AskBot, la version gratuite.",
              en = "I’m pasting the customer export into AskBot, the free version.",
            },
            clue = {
              fr = "Des données de clients dans un outil public non validé.",
              en = "Customer data in a public tool nobody approved.",
            },
          },
          {
            id = "nobody-knows",
            text = {
              fr = "300 relances en 2 min, et personne n’en saura rien.",
              en = "300 reminders in 2 min, and nobody will know.",
            },
            clue = {
              fr = "Contourner les règles en douce : le risque reste pour tous.",
              en = "Quietly getting round the rules: everyone carries the risk.",
            },
          },
        },
        links = {
          {
            id = "tool",
            text = "askbot.example/gratuit",
            url = "https://askbot.example/gratuit",
            clue = {
              fr = "Un service grand public, pas l’outil de l’entreprise.",
              en = "A consumer service, not the company’s tool.",
            },
          },
        },
        attachments = {
          {
            id = "export",
            name = "export_clients.xlsx",
            clue = {
              fr = "Le fichier entier : noms, e-mails et montants dus.",
              en = "The whole file: names, emails and amounts owed.",
            },
          },
        },
      },
      explain = {
        fr = "Sami n’est pas un escroc : c’est l’usage qui pose problème. Des données de clients collées dans un outil public peuvent être conservées et réutilisées, et l’entreprise en reste responsable. Règle : proposez-lui l’outil validé, ou demandez au référent.",
        en = "Sami is no crook: the practice is the problem. Customer data pasted into a public tool may be kept and reused, and the company remains responsible for it. Rule: point him to the approved tool, or ask the person in charge.",
      },
      source = "CNIL, « Questions-réponses sur l’utilisation d’un système d’IA générative » : https://www.cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-lutilisation-dun-systeme-dia-generative",
      time = 60,
    },
    {
      id = "approved-tool",
      kind = "choice",
      prompt = {
        fr = "L’entreprise fournit un assistant d’IA validé, avec un compte pro. Un outil gratuit vous paraît meilleur. Que faites-vous ?",
        en = "Your company provides an approved AI assistant with a work account. A free tool seems better to you. What do you do?",
      },
      choices = {
        { fr = "L’outil validé, et je propose le gratuit au référent", en = "The approved tool, and I suggest the free one to the person in charge" },
        { fr = "L’outil gratuit, avec mon adresse e-mail perso", en = "The free tool, with my personal email" },
        { fr = "L’outil gratuit, en retirant juste les noms", en = "The free tool, just removing the names" },
        { fr = "Les deux, et je garde la meilleure réponse", en = "Both, and I keep the best answer" },
      },
      correct = 1,
      explain = {
        fr = "La CNIL recommande aux entreprises de lister les usages autorisés et interdits, et d’éviter les comptes ouverts avec une adresse personnelle. Retirer les noms ne suffit pas toujours : d’autres détails recoupés identifient. Règle : utilisez l’outil validé, ou posez la question au référent.",
        en = "The CNIL recommends that companies list allowed and forbidden uses, and avoid accounts opened with a personal address. Removing names is not always enough: other details, put together, identify. Rule: use the approved tool, or ask the person in charge.",
      },
      source = "CNIL, « Questions-réponses sur l’utilisation d’un système d’IA générative » : https://www.cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-lutilisation-dun-systeme-dia-generative",
      time = 30,
    },
    {
      id = "invented-source",
      kind = "truefalse",
      prompt = {
        fr = "L’IA répond en citant un article de loi et un lien : vous pouvez reprendre sa réponse telle quelle dans un courrier client.",
        en = "The AI answers citing a section of law and a link: you can reuse its answer as it is in a letter to a customer.",
      },
      correct = false,
      explain = {
        fr = "Faux. Une IA générative n’est pas une base de connaissances : elle produit le résultat le plus probable, parfois inexact mais plausible, jusque dans les références qu’elle cite. La CNIL conseille de ne jamais reprendre ses réponses telles quelles. Règle : ouvrez chaque source citée, vérifiez qu’elle existe et ce qu’elle dit.",
        en = "False. A generative AI is not a knowledge base: it produces the most likely result, sometimes inaccurate but plausible, down to the references it cites. The CNIL advises never reusing its answers as they are. Rule: open every source it cites; check that it exists and what it says.",
      },
      source = "CNIL, « Questions-réponses sur l’utilisation d’un système d’IA générative » : https://www.cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-lutilisation-dun-systeme-dia-generative",
      time = 25,
    },
    {
      id = "hallucination",
      kind = "input",
      prompt = {
        fr = "Quand une IA invente un fait ou une source avec assurance, comment appelle-t-on cela ? (un mot)",
        en = "When an AI confidently makes up a fact or a source, what is it called? (one word)",
      },
      accept = { "hallucination", "hallucinations", "une hallucination", "an hallucination", "a hallucination" },
      explain = {
        fr = "On parle d’hallucination : une réponse fausse, sans appui dans les données, mais dite avec aplomb. L’aplomb de l’IA ne prouve rien. Règle : chiffres, noms et références se vérifient à la source avant d’être utilisés.",
        en = "It is called a hallucination: a false answer with no basis in the data, said with confidence. The AI’s assured tone proves nothing. Rule: figures, names and references are checked at the source before use.",
      },
      source = "CSIRT BFC, « Cybersécurité et IA, partie 5 : la sécurisation des IAG » : https://www.csirt-bfc.fr/cybersecurite-et-intelligence-artificielle-partie-5-la-securisation-des-iag",
      time = 30,
    },
    {
      id = "who-answers",
      kind = "choice",
      prompt = {
        fr = "Un devis rédigé avec l’IA part chez un client avec un prix faux. Qui en répond ?",
        en = "A quote drafted with AI goes to a customer with a wrong price. Who is responsible?",
      },
      choices = {
        { fr = "Vous et l’entreprise, qui l’avez envoyé", en = "You and the company, who sent it" },
        { fr = "L’éditeur de l’outil d’IA", en = "The AI tool’s vendor" },
        { fr = "Personne : c’est une erreur de la machine", en = "Nobody: it is the machine’s mistake" },
        { fr = "Le client, qui aurait dû vérifier", en = "The customer, who should have checked" },
      },
      correct = 1,
      explain = {
        fr = "L’IA propose, une personne décide. La CNIL le rappelle : l’entreprise engage sa responsabilité si son personnel utilise mal l’IA, et invite chacun à vérifier ce qui en sort. Règle : relisez comme si vous l’aviez écrit vous-même, car c’est le cas.",
        en = "The AI suggests, a person decides. The CNIL points out that the company is responsible if its staff misuse AI, and asks users to check what comes out. Rule: proofread as if you had written it yourself, because you did.",
      },
      source = "CNIL, « Questions-réponses sur l’utilisation d’un système d’IA générative » : https://www.cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-lutilisation-dun-systeme-dia-generative",
      time = 25,
    },
    {
      id = "boss-voice",
      kind = "hotspot",
      prompt = {
        fr = "On dirait la voix de Marc, votre PDG. Touchez ce qui doit vous alerter.",
        en = "It sounds like Marc, your CEO. Tap what should alert you.",
      },
      call = {
        voicemail = false,
        caller = {
          id = "unknown",
          text = { fr = "Numéro inconnu", en = "Unknown number" },
          clue = {
            fr = "Le numéro de Marc est dans vos contacts : ici, aucun nom.",
            en = "Marc’s number is in your contacts: no name shows here.",
          },
        },
        number = {
          id = "mobile",
          text = "06 39 98 41 27",
          clue = {
            fr = "Un mobile que vous n’avez jamais vu : rien ne le relie à Marc.",
            en = "A mobile you have never seen: nothing ties it to Marc.",
          },
        },
        date = { fr = "Aujourd’hui 08:12", en = "Today 08:12" },
        transcript = {
          {
            id = "new-phone",
            text = {
              fr = "C’est Marc, j’ai un nouveau numéro.",
              en = "It’s Marc, I have a new number.",
            },
            clue = {
              fr = "L’excuse pour que vous ne rappeliez pas le bon numéro.",
              en = "The excuse to stop you calling the right number.",
            },
          },
          {
            id = "urgent",
            text = {
              fr = "C’est secret : virez 48 000 € avant 11 h.",
              en = "It’s secret: transfer €48,000 before 11.",
            },
            clue = {
              fr = "Secret et urgence : un virement hors de la procédure.",
              en = "Secrecy and urgency: a transfer outside the procedure.",
            },
          },
        },
      },
      explain = {
        fr = "Des escrocs imitent la voix d’un supérieur avec l’IA : une voix familière ne prouve plus qui appelle. L’arnaque au président se trahit par sa demande : urgente, confidentielle, hors procédure, depuis un numéro inconnu. Règle : raccrochez et rappelez sur le numéro que vous aviez déjà.",
        en = "Crooks use AI to imitate a superior’s voice: a familiar voice no longer proves who is calling. The CEO scam gives itself away by its request: urgent, confidential, outside the procedure, from an unknown number. Rule: hang up and call back on the number you already had.",
      },
      source = "Safeonweb, « Les deepfakes : comment les reconnaître et s’en protéger » : https://safeonweb.be/fr/les-deepfakes-comment-les-reconnaitre-et-sen-proteger",
      time = 60,
    },
    {
      id = "call-back",
      kind = "multi",
      prompt = {
        fr = "Avant le moindre virement, qu’est-ce qui vérifie vraiment que c’était Marc ?",
        en = "Before any transfer, what really proves it was Marc?",
      },
      choices = {
        { fr = "Le rappeler sur le numéro que vous aviez déjà", en = "Call him back on the number you already had" },
        { fr = "Suivre la procédure de validation des virements", en = "Follow the company’s transfer approval procedure" },
        { fr = "Reconnaître sa voix et ses expressions", en = "Recognise his voice and his turns of phrase" },
        { fr = "Rappeler le numéro qui vient de s’afficher", en = "Call back the number that just showed up" },
        { fr = "Il connaît votre prénom et les dossiers en cours", en = "He knows your first name and the deals under way" },
      },
      correct = { 1, 2 },
      explain = {
        fr = "Rappeler un numéro que vous connaissiez déjà et suivre la validation prévue ne dépendent pas de l’appelant. Voix, détails internes et numéro affiché, l’escroc peut les fournir. Règle : aucune urgence ne justifie de sauter la procédure.",
        en = "Calling a number you already knew and following the approval procedure do not depend on the caller. The voice, inside details and the number shown are things the crook can supply. Rule: no urgency justifies skipping the procedure.",
      },
      source = "Cybermalveillance.gouv.fr, « Fraude au virement ou au faux RIB » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 35,
    },
    {
      id = "regional-figure",
      kind = "estimate",
      prompt = {
        fr = "Enquête CS&IA-92 auprès des entreprises des Hauts-de-Seine de plus de 5 salariés : quelle part des sondés prévoit de renforcer sa cybersécurité ?",
        en = "CS&IA-92 survey of Hauts-de-Seine firms with more than 5 staff: what share of respondents plan to strengthen their cybersecurity?",
      },
      min = 0,
      max = 100,
      answer = 90,
      unit = "%",
      format = "plain",
      explain = {
        fr = "90 % des personnes interrogées envisagent un renforcement prochain de la cybersécurité de leur entreprise. C’est un chiffre régional, pas national. Règle : votre part de ce renforcement, c’est appliquer les règles d’usage de l’IA de votre entreprise.",
        en = "90% of respondents plan to strengthen their company’s cybersecurity soon. It is a regional figure, not a national one. Rule: your share of that effort is to follow your company’s rules for using AI.",
      },
      source = "Diagnostic CS&IA-92, synthèse (Hauts-de-Seine, entreprises de plus de 5 salariés ; chiffres régionaux)",
      time = 30,
    },
  },
}
