-- Level "fraude-virement" of the pme pack (staff of small companies, in a one-hour session led
-- by a trainer). CEO fraud and fake bank details: a supplier's letter with a new IBAN, the
-- "boss" on a voicemail from an unknown number, the steps before paying on new bank details,
-- the pressure levers, the four-eyes rule. Rule of thumb throughout: call back on a number you
-- already had, never the one in the message.
-- Plain data only. Companies, people and domains are invented (.example); phone numbers are in
-- the range ARCEP keeps for fiction (06 39 98); IBANs are visibly made up.
-- Sources, question by question: /work/guide/fraude-virement.sources.md; second reading (Dec 2026):
-- /work/factcheck/fraude-virement.md.
return {
  id = "fraude-virement",
  title = { fr = "Faux virements : le réflexe du rappel", en = "Fake transfers: always call back" },
  description = {
    fr = "Un nouveau RIB, un « patron » pressé sur la messagerie vocale : repérez la fraude au virement et prenez le réflexe qui la déjoue.",
    en = "New bank details, a “boss” in a hurry on your voicemail: spot transfer fraud and learn the habit that defeats it.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "rib-letter",
      kind = "hotspot",
      prompt = {
        fr = "Ce courrier de votre fournisseur arrive par e-mail la veille d’un paiement. Touchez chaque élément suspect.",
        en = "This letter from your supplier arrives by email the day before a payment is due. Tap everything that looks suspicious.",
      },
      document = {
        letterhead = {
          text = "Papeterie Lemoine SARL",
          detail = "12 rue des Tilleuls, 92000 Nanterre",
        },
        title = { fr = "Changement de RIB", en = "New bank details" },
        date = { fr = "Nanterre, le 3 novembre 2026", en = "Nanterre, 3 November 2026" },
        body = {
          {
            text = {
              fr = "Nous changeons de banque : dès aujourd’hui, réglez nos factures, dont la F-2026-114, sur ce compte.",
              en = "We are changing banks: from today, pay our invoices, including F-2026-114, into this account.",
            },
            clue = {
              fr = "Effet immédiat, visant la facture que vous allez payer.",
              en = "Immediate effect, aimed at the invoice you are about to pay.",
            },
          },
          {
            text = {
              fr = "Une question ? Notre nouvelle ligne : 06 39 98 41 27.",
              en = "Any questions? Our new number: 06 39 98 41 27.",
            },
            clue = {
              fr = "Ce numéro vient du courrier : l’escroc peut y répondre.",
              en = "This number comes from the letter: the fraudster can answer it.",
            },
          },
        },
        iban = {
          text = "IBAN LT00 0000 1111 2222 3333 · BIC XXXXLT00",
          clue = {
            fr = "Un compte à l’étranger pour un fournisseur de Nanterre.",
            en = "An account abroad for a supplier based near Paris.",
          },
        },
        signature = { fr = "Claire Lemoine, gérante", en = "Claire Lemoine, Managing Director" },
      },
      explain = {
        fr = "Un vrai fournisseur peut changer de banque : l’en-tête, la signature ou le titre ne prouvent rien, dans un sens ou dans l’autre. Ce qui doit alerter, c’est un compte inhabituel, appliqué tout de suite à la facture en attente, avec un numéro à appeler fourni par le courrier lui-même. Vérifiez tout nouveau RIB en appelant votre contact habituel, sur le numéro que vous aviez déjà.",
        en = "A real supplier may change banks: the letterhead, the signature or the title prove nothing either way. What should alert you is an unusual account, applied at once to the pending invoice, with a phone number supplied by the letter itself. Check any new bank details by calling your usual contact, on the number you already had.",
      },
      source = "« Que faire en cas de fraude au virement ou au faux RIB ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 60,
    },
    {
      id = "callback-number",
      kind = "choice",
      prompt = {
        fr = "Pour vérifier ce changement de RIB auprès de Papeterie Lemoine, quel numéro appelez-vous ?",
        en = "To check this change of bank details with Papeterie Lemoine, which number do you call?",
      },
      choices = {
        { fr = "Celui de votre fichier fournisseurs ou d’une ancienne facture", en = "The one in your supplier file or on an old invoice" },
        { fr = "La « nouvelle ligne » indiquée dans le courrier", en = "The “new number” given in the letter" },
        { fr = "Celui de la signature de l’e-mail qui joint le courrier", en = "The one in the signature of the email carrying the letter" },
        { fr = "Aucun : répondre à l’e-mail pour demander confirmation suffit", en = "None: replying to the email to ask for confirmation is enough" },
      },
      correct = 1,
      explain = {
        fr = "Tout ce qui arrive avec la demande, numéro, signature ou réponse à l’e-mail, peut être entre les mains de l’escroc. Le numéro que vous connaissiez déjà, lui, mène au vrai fournisseur. La règle : rappelez sur un numéro que vous aviez avant la demande, jamais sur celui du message.",
        en = "Everything that comes with the request (phone number, signature, a reply to the email) may be in the fraudster’s hands. The number you already had leads to the real supplier. The rule: call back on a number you had before the request, never the one in the message.",
      },
      source = "« Que faire en cas de fraude au virement ou au faux RIB ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 25,
    },
    {
      id = "supplier-mailbox",
      kind = "truefalse",
      prompt = {
        fr = "Le nouveau RIB vient de l’adresse e-mail habituelle de votre fournisseur : vous pouvez donc l’enregistrer sans vérifier.",
        en = "The new bank details come from your supplier’s usual email address, so you can save them without checking.",
      },
      correct = false,
      explain = {
        fr = "Faux. Cette fraude suit souvent le piratage d’une messagerie, celle du fournisseur ou la vôtre : le message part alors de la vraie adresse. L’adresse ne suffit pas : vérifiez par un appel au numéro que vous connaissiez.",
        en = "False. This fraud often follows a hacked mailbox (the supplier’s or yours): the message then comes from the real address. The address alone is not enough: check by calling the number you already knew.",
      },
      source = "« Que faire en cas de fraude au virement ou au faux RIB ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 20,
    },
    {
      id = "before-paying",
      kind = "order",
      prompt = {
        fr = "Un fournisseur annonce un nouveau RIB. Remettez ces étapes dans l’ordre, avant de payer.",
        en = "A supplier announces new bank details. Put these steps in order, before paying.",
      },
      items = {
        { fr = "Mettre le paiement en attente", en = "Put the payment on hold" },
        { fr = "Retrouver le numéro du fournisseur dans vos propres dossiers", en = "Find the supplier’s number in your own records" },
        { fr = "L’appeler et lui faire confirmer le nouvel IBAN", en = "Call them and have them confirm the new IBAN" },
        { fr = "Faire valider le changement par une deuxième personne", en = "Have a second person approve the change" },
        { fr = "Enregistrer le nouveau RIB, puis payer", en = "Save the new bank details, then pay" },
      },
      explain = {
        fr = "D’abord, le paiement en attente ; puis on vérifie par un canal que l’escroc ne contrôle pas : le numéro de vos dossiers, pas celui du message. Une deuxième personne valide ; alors seulement, on paie.",
        en = "First put the payment on hold, then check through a channel the fraudster does not control: the number in your records, not the one in the message. A second person approves; only then do you pay.",
      },
      source = "« 3 questions à Willy Dubost » : http://fbf.fr/fr/la-banque-des-entreprises-et-des-professionnels/moyens-de-paiement/3-questions-a-willy-dubost-sur-la-fraude-aux-ordres-de-virements-internationaux",
      time = 50,
    },
    {
      id = "boss-voicemail",
      kind = "hotspot",
      prompt = {
        fr = "Un message vocal « de Marc », votre PDG. Touchez chaque signal d’alerte.",
        en = "A voicemail “from Marc”, your CEO. Tap every warning sign.",
      },
      call = {
        voicemail = true,
        caller = {
          text = "06 39 98 20 15",
          clue = {
            fr = "Un numéro inconnu : pas celui de Marc dans vos contacts.",
            en = "An unknown number: not the one saved for Marc in your contacts.",
          },
        },
        date = { fr = "Mardi 17:52 · 0:41", en = "Tuesday 5:52 pm · 0:41" },
        transcript = {
          {
            text = {
              fr = "C’est Marc. Confidentiel : pas un mot, même à Sophie.",
              en = "It’s Marc. Confidential: not a word, even to Sophie.",
            },
            clue = {
              fr = "Le secret vous isole de celle qui valide les virements.",
              en = "Secrecy cuts you off from the person who approves transfers.",
            },
          },
          {
            text = {
              fr = "Virez 48 000 € avant 19 h, c’est vital.",
              en = "Send €48,000 by 7 pm, it’s vital.",
            },
            clue = {
              fr = "L’urgence empêche de vérifier.",
              en = "The rush stops you from checking.",
            },
          },
          {
            text = {
              fr = "Vous seule pouvez m’aider.",
              en = "Only you can help me.",
            },
            clue = {
              fr = "La flatterie rend le refus difficile.",
              en = "Flattery makes it hard to say no.",
            },
          },
        },
      },
      explain = {
        fr = "Un numéro inconnu, le secret, l’urgence et la flatterie : ce sont les leviers de la fraude au président, où un escroc se fait passer pour le dirigeant. Une voix qui ressemble ne suffit pas à prouver qui parle. Ne rappelez pas ce numéro : appelez Marc sur son numéro habituel et suivez la procédure de validation, même pressé.",
        en = "An unknown number, secrecy, urgency and flattery: these are the classic tactics of CEO fraud, where a fraudster poses as the boss. A voice that sounds right does not prove who is speaking. Do not call this number back: call Marc on his usual number and follow the approval procedure, however rushed you are.",
      },
      source = "Maires de France, « Se protéger contre les escroqueries aux faux ordres de virement » : https://mairesdefrance.com/m/article/print.php?id=276",
      time = 60,
    },
    {
      id = "pressure-levers",
      kind = "multi",
      prompt = {
        fr = "Dans une demande de virement, lesquelles de ces phrases servent à vous mettre la pression ?",
        en = "In a transfer request, which of these sentences are meant to put pressure on you?",
      },
      choices = {
        { fr = "« C’est une décision de la direction, ne discutez pas. »", en = "“This is a management decision, don’t argue.”" },
        { fr = "« Gardez cela pour vous jusqu’à l’annonce officielle. »", en = "“Keep this to yourself until the official announcement.”" },
        { fr = "« Vous êtes la seule personne assez fiable pour ça. »", en = "“You’re the only person reliable enough for this.”" },
        { fr = "« Sophie validera le virement comme d’habitude. »", en = "“Sophie will approve the transfer as usual.”" },
        { fr = "« Rappelez-moi sur mon numéro habituel si besoin. »", en = "“Call me back on my usual number if needed.”" },
        { fr = "« Le bon de commande signé est joint au dossier. »", en = "“The signed purchase order is in the file.”" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "L’autorité, le secret et la flatterie servent à vous faire sauter la procédure. Une demande honnête, elle, laisse la validation habituelle, le rappel et les pièces du dossier jouer leur rôle. Plus on vous pousse à contourner la règle, plus il faut la suivre.",
        en = "Authority, secrecy and flattery are used to make you skip the procedure. An honest request leaves the usual approval, the call-back and the paperwork to do their job. The harder you are pushed to bypass the rule, the more you should follow it.",
      },
      source = "Maires de France, « Se protéger contre les escroqueries aux faux ordres de virement » : https://mairesdefrance.com/m/article/print.php?id=276",
      time = 40,
    },
    {
      id = "chat-ceo",
      kind = "hotspot",
      prompt = {
        fr = "Lundi, ce message arrive sur la messagerie de l’entreprise. Touchez chaque élément suspect, puis validez.",
        en = "On Monday, this message arrives in the company chat. Tap everything that looks suspicious, then submit.",
      },
      chat = {
        app = { fr = "Messagerie Morel", en = "Morel Chat" },
        channel = { fr = "Message direct", en = "Direct message" },
        from = {
          name = { fr = "Marc Garnier (PDG)", en = "Marc Garnier (CEO)" },
          detail = { fr = "Externe", en = "External" },
          clue = {
            fr = "Un compte externe qui porte le nom du PDG.",
            en = "An external account using the CEO’s name.",
          },
        },
        date = "09:14",
        messages = {
          { fr = "Bonjour Julie, vous êtes au bureau ?", en = "Hello Julie, are you at the office?" },
          {
            text = {
              fr = "Je suis en réunion, injoignable par téléphone : répondez seulement ici.",
              en = "I’m in a meeting, unreachable by phone: reply only here.",
            },
            clue = {
              fr = "Il vous empêche de vérifier par un autre canal.",
              en = "He stops you from checking through another channel.",
            },
          },
          {
            text = {
              fr = "Réglez cette facture aujourd’hui, c’est prioritaire.",
              en = "Pay this invoice today, it’s a priority.",
            },
            clue = {
              fr = "Un paiement urgent, hors du circuit habituel.",
              en = "An urgent payment, outside the usual process.",
            },
          },
        },
        attachments = { { name = "Facture_Conseil_2026-11.pdf" } },
      },
      explain = {
        fr = "Le badge « Externe » montre que le compte n’est pas celui de l’entreprise, quel que soit le nom affiché. Un « dirigeant » qui exige un paiement urgent et vous empêche de vérifier, c’est le scénario de la fraude au président. La pièce jointe ne prouve rien, dans un sens ou dans l’autre : le piège, c’est la demande. Appelez le PDG sur son numéro habituel avant toute chose.",
        en = "The “External” badge shows that the account does not belong to the company, whatever name it displays. A “boss” who demands an urgent payment and stops you from checking: that is the classic CEO fraud. The attachment proves nothing either way: the trap is the request. Call the CEO on his usual number before anything else.",
      },
      source = "Maires de France, « Se protéger contre les escroqueries aux faux ordres de virement » : https://mairesdefrance.com/m/article/print.php?id=276",
      time = 50,
    },
    {
      id = "which-to-check",
      kind = "sort",
      prompt = {
        fr = "Triez chaque demande : faut-il rappeler avant de payer, ou suit-elle le circuit habituel ?",
        en = "Sort each request: call back before paying, or let it follow the usual process?",
      },
      bins = {
        { fr = "Rappeler avant de payer", en = "Call back before paying" },
        { fr = "Circuit habituel", en = "Usual process" },
      },
      items = {
        { text = { fr = "Un fournisseur annonce un nouveau RIB par e-mail", en = "A supplier announces new bank details by email" }, bin = 1 },
        { text = { fr = "Le « PDG » demande un virement urgent par messagerie", en = "The “CEO” asks for an urgent transfer by chat" }, bin = 1 },
        { text = { fr = "Un bénéficiaire jamais payé, sur un compte à l’étranger", en = "A payee never paid before, with an account abroad" }, bin = 1 },
        { text = { fr = "La facture mensuelle, même montant, même IBAN que d’habitude", en = "The monthly invoice, same amount, same IBAN as usual" }, bin = 2 },
        { text = { fr = "Le loyer du local, prélevé comme chaque mois", en = "The office rent, paid by direct debit as every month" }, bin = 2 },
        { text = { fr = "Une commande validée par deux personnes, RIB déjà vérifié", en = "An order approved by two people, bank details already checked" }, bin = 2 },
      },
      explain = {
        fr = "Ce qui déclenche le rappel, c’est ce qui change : un nouveau RIB, un nouveau bénéficiaire, une demande hors procédure. Un paiement récurrent sur des coordonnées déjà vérifiées suit son circuit. Retenez : nouveau compte ou urgence = rappel sur un numéro connu.",
        en = "What triggers the call-back is what changes: new bank details, a new payee, a request outside the procedure. A recurring payment to details already checked follows its usual path. Remember: new account or rush = call back on a known number.",
      },
      source = "CCI du Gard, « FOVI : mesures préventives » : http://archives.gard.cci.fr/actualites/fovi-mesures-preventives",
      time = 45,
    },
    {
      id = "four-eyes",
      kind = "truefalse",
      prompt = {
        fr = "Quand c’est vraiment urgent, la personne qui saisit un virement peut aussi le valider seule.",
        en = "When it is really urgent, the person who enters a transfer may also approve it alone.",
      },
      correct = false,
      explain = {
        fr = "Faux. La règle des « quatre yeux » veut qu’au moins deux personnes interviennent : l’une prépare, l’autre valide. L’urgence est justement le moment où l’escroc compte sur une exception. Pas d’exception à la double validation, surtout quand ça presse.",
        en = "False. The “four-eyes” rule means at least two people take part: one prepares the transfer, the other approves it. A rush is exactly when the fraudster counts on an exception. No exceptions to two-person approval, least of all when it is urgent.",
      },
      source = "CCI du Gard, « FOVI : mesures préventives » : http://archives.gard.cci.fr/actualites/fovi-mesures-preventives",
      time = 20,
    },
    {
      id = "keep-voicemail",
      kind = "choice",
      prompt = {
        fr = "Joint sur son numéro habituel, le vrai Marc ne sait rien de ce virement. Que faites-vous du message vocal ?",
        en = "Reached on his usual number, the real Marc knows nothing about this transfer. What do you do with the voicemail?",
      },
      choices = {
        { fr = "Le garder et prévenir votre responsable : c’est une preuve", en = "Keep it and tell your manager: it is evidence" },
        { fr = "Le supprimer, pour que personne ne s’y laisse prendre", en = "Delete it, so that nobody falls for it" },
        { fr = "Rappeler le numéro pour dire que vous avez compris", en = "Call the number to say you saw through it" },
        { fr = "Le transférer à l’équipe sur votre messagerie perso", en = "Forward it to the team from your personal messaging app" },
      },
      correct = 1,
      explain = {
        fr = "Le message, le numéro et l’heure serviront au signalement et à une éventuelle plainte : on conserve les preuves. Rappeler l’escroc ne sert à rien : c’est lui redonner la parole. Prévenez votre responsable, qui alertera l’équipe : l’escroc essaiera peut-être un collègue.",
        en = "The message, the number and the time will be needed for the report and any police complaint: keep the evidence. Calling the fraudster back achieves nothing: it just gives them another chance to talk to you. Tell your manager, who will warn the team: the fraudster may try a colleague next.",
      },
      source = "« Que faire en cas de fraude au virement ou au faux RIB ? » : https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fraude-au-virement-ou-au-faux-rib",
      time = 25,
    },
  },
}
