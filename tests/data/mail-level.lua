-- A phishing e-mail drawn from data: find the clues. For the hotspot tests.
return {
  id = "mail-clues",
  title = { fr = "Repère les indices", en = "Spot the clues" },
  questions = {
    {
      id = "bank-mail",
      kind = "hotspot",
      prompt = { fr = "Touche chaque indice d’hameçonnage dans cet e-mail, puis valide.",
                 en = "Tap every phishing clue in this email, then submit." },
      mail = {
        from = { name = "Banque Horizon", address = "alerte@horizon-client.net",
                 clue = { fr = "Le nom affiché est celui de la banque, mais l’adresse vient d’un autre domaine.",
                          en = "The display name is the bank's, but the address is from another domain." } },
        subject = { text = { fr = "URGENT : votre compte sera bloqué sous 24 h", en = "URGENT: your account will be locked within 24 h" },
                    clue = { fr = "L’urgence et la menace poussent à agir sans réfléchir.",
                             en = "Urgency and threats push you to act without thinking." } },
        date = "28/11/2026 07:42",
        body = {
          { fr = "Bonjour,", en = "Hello," },
          { text = { fr = "Une activité inhabituelle a été détectée. Confirmez vos identifiants pour éviter la fermeture.",
                     en = "Unusual activity was detected. Confirm your credentials to avoid closure." },
            clue = { fr = "Ta banque ne te demande jamais tes identifiants par e-mail.",
                     en = "Your bank never asks for your credentials by email." } },
          { fr = "Merci de votre confiance.", en = "Thank you for your trust." },
        },
        links = {
          { text = { fr = "Accéder à mon espace", en = "Go to my account" },
            url = "http://banque-horizon.fr.connexion-client.com/login",
            clue = { fr = "Le vrai domaine est connexion-client.com, pas banque-horizon.fr.",
                     en = "The real domain is connexion-client.com, not banque-horizon.fr." } },
        },
        attachments = { { name = "releve.zip", clue = { fr = "Une archive inattendue peut cacher un programme malveillant.",
                                                       en = "An unexpected archive can hide malware." } } },
      },
      explain = { fr = "Cinq indices : l’adresse, l’urgence, la demande d’identifiants, le lien et la pièce jointe.",
                  en = "Five clues: the address, the urgency, the request for credentials, the link and the attachment." },
      source = "Cybermalveillance.gouv.fr",
      time = 90,
    },
  },
}
