-- docs/examples/fr/premier-niveau.lua — l’exemple suivi de docs/fr/ecrire-un-niveau.md.
return {
  id = "faux-rib-premiers-pas",
  title = { fr = "Faux RIB et fraude au président", en = "Fake bank details and CEO fraud" },
  description = {
    fr = "Cinq questions pour ne jamais payer un escroc : changement de RIB, virement urgent, e-mail piégé.",
    en = "Five questions so you never pay a fraudster: new bank details, urgent transfers, a trap email.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "changement-rib",
      kind = "choice",
      prompt = {
        fr = "Un fournisseur habituel vous écrit : « Nous changeons de banque, voici notre nouveau RIB. » Que faites-vous avant de payer ?",
        en = "A regular supplier writes: “We are changing banks, here are our new bank details.” What do you do before paying?",
      },
      choices = {
        { fr = "J’appelle le fournisseur au numéro que j’avais déjà", en = "I call the supplier on the number I already had" },
        { fr = "Je réponds à l’e-mail pour demander une confirmation", en = "I reply to the email to ask for confirmation" },
        { fr = "Je vérifie que le RIB est bien au nom du fournisseur", en = "I check that the bank details are in the supplier’s name" },
      },
      correct = 1,
      explain = {
        fr = "Une réponse à l’e-mail arrive chez l’escroc, et un RIB peut porter n’importe quel nom. Seul un appel à un numéro connu avant ce message confirme le changement.",
        en = "A reply to the email reaches the fraudster, and bank details can carry any name. Only a call to a number you had before this message confirms the change.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 30,
    },
    {
      id = "virement-confidentiel",
      kind = "truefalse",
      prompt = {
        fr = "Le dirigeant vous demande par e-mail un virement urgent et confidentiel. Comme la demande vient de lui, vous pouvez l’exécuter sans en parler.",
        en = "The CEO emails you for an urgent, confidential transfer. As the request comes from them, you may make it without telling anyone.",
      },
      correct = false,
      explain = {
        fr = "Urgence et secret sont les deux leviers de la fraude au président. Un virement inhabituel se confirme de vive voix, et la procédure interne s’applique à tous, dirigeant compris.",
        en = "Urgency and secrecy are the two levers of CEO fraud. An unusual transfer is confirmed in person, and the company’s procedure applies to everyone, the CEO included.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 20,
    },
    {
      id = "mail-faux-rib",
      kind = "hotspot",
      prompt = {
        fr = "Cet e-mail arrive à la comptabilité. Touchez chaque indice de fraude, puis validez.",
        en = "This email reaches accounts. Tap every sign of fraud, then submit.",
      },
      mail = {
        from = {
          name = "Durand Fournitures",
          address = "compta@durand-fourniture.example",
          clue = {
            fr = "Il manque un « s » : ce n’est pas le domaine habituel du fournisseur.",
            en = "An “s” is missing: this is not the supplier’s usual domain.",
          },
        },
        subject = {
          text = { fr = "Nouveau RIB : paiement urgent", en = "New bank details: urgent payment" },
          clue = { fr = "L’urgence pousse à payer sans vérifier.", en = "Urgency pushes you to pay without checking." },
        },
        date = "02/03/2026 08:12",
        body = {
          { fr = "Bonjour,", en = "Hello," },
          {
            id = "rib",
            text = {
              fr = "Merci de régler la facture F-118 dès aujourd’hui sur notre nouveau RIB.",
              en = "Please pay invoice F-118 today into our new account.",
            },
            clue = {
              fr = "Un changement de RIB annoncé par e-mail se confirme par téléphone.",
              en = "New bank details sent by email are confirmed by phone.",
            },
          },
        },
        attachments = {
          {
            id = "rib-joint",
            name = "RIB-Durand.pdf",
            clue = { fr = "Un RIB joint ne prouve rien.", en = "Attached bank details prove nothing." },
          },
        },
      },
      explain = {
        fr = "Adresse presque identique, urgence, nouveau RIB : appelez le fournisseur au numéro de votre fiche.",
        en = "A near-identical address, urgency, new bank details: call the supplier on the number in your records.",
      },
      time = 60,
    },
    {
      id = "bons-reflexes",
      kind = "multi",
      prompt = {
        fr = "Quelles règles protègent l’entreprise contre les faux virements ?",
        en = "Which rules protect the company from fraudulent transfers?",
      },
      choices = {
        { fr = "Deux personnes valident tout virement inhabituel", en = "Two people approve any unusual transfer" },
        { fr = "Un changement de RIB se confirme par téléphone", en = "New bank details are confirmed by phone" },
        { fr = "Un e-mail du dirigeant passe avant la procédure", en = "An email from the CEO overrides the procedure" },
        { fr = "Un RIB joint à une vraie facture est fiable", en = "Bank details attached to a real invoice are reliable" },
      },
      correct = { 1, 2 },
      explain = {
        fr = "Une double validation et un rappel au numéro connu arrêtent la plupart des fraudes. Aucun e-mail ne dispense de la procédure, et une facture se copie facilement.",
        en = "Two approvals and a call back on a known number stop most frauds. No email exempts anyone from the procedure, and an invoice is easy to copy.",
      },
      source = "Cybermalveillance.gouv.fr",
      time = 25,
    },
    {
      id = "a-verifier",
      kind = "sort",
      prompt = {
        fr = "Quelles demandes faut-il vérifier par téléphone avant de payer ?",
        en = "Which requests must be checked by phone before paying?",
      },
      bins = {
        { fr = "À vérifier", en = "Check first" },
        { fr = "Circuit habituel", en = "Usual process" },
      },
      items = {
        { text = { fr = "Un fournisseur change de RIB", en = "A supplier changes bank details" }, bin = 1 },
        { text = { fr = "Le dirigeant veut un virement secret", en = "The CEO wants a secret transfer" }, bin = 1 },
        { text = { fr = "La facture mensuelle du loyer", en = "The monthly rent invoice" }, bin = 2 },
        { text = { fr = "Un remboursement de frais validé", en = "An approved expense claim" }, bin = 2 },
      },
      explain = {
        fr = "Un nouveau RIB et une demande pressante ou secrète se vérifient à chaque fois. Une dépense habituelle, déjà validée, suit le circuit normal.",
        en = "New bank details and a pressing or secret request are checked every time. A usual, approved expense follows the normal process.",
      },
      time = 30,
    },
  },
}
