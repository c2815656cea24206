-- A text message and a web page drawn from data: find the clues. For the hotspot tests.
return {
  id = "mockups",
  title = { fr = "Faux SMS, faux site", en = "Fake text, fake site" },
  questions = {
    {
      id = "parcel-sms",
      kind = "hotspot",
      prompt = { fr = "Touche les indices d’arnaque dans ce SMS, puis valide.",
                 en = "Tap the scam clues in this text message, then submit." },
      sms = {
        from = { text = "+33 7 56 12 89 40",
                 clue = { fr = "Un numéro mobile inconnu, pas le nom du transporteur.",
                          en = "An unknown mobile number, not the carrier's name." } },
        messages = {
          { text = { fr = "Votre colis est en attente. Des frais de 1,99 € restent à régler.",
                     en = "Your parcel is waiting. A fee of €1.99 is still due." },
            clue = { fr = "De petits frais inattendus servent à voler ta carte bancaire.",
                     en = "Small unexpected fees are bait to steal your card details." } },
          { fr = "Bonne journée.", en = "Have a nice day." },
        },
        links = {
          { text = "colis-suivi-fr.info/pay", url = "https://colis-suivi-fr.info/pay",
            clue = { fr = "Ce n’est pas le site du transporteur.", en = "This is not the carrier's website." } },
        },
      },
      explain = { fr = "Ne clique pas : vérifie dans l’appli du transporteur et transfère le SMS au 33700.",
                  en = "Don't tap: check in the carrier's app and forward the text to 33700." },
      source = "Cybermalveillance.gouv.fr",
      time = 60,
    },
    {
      id = "fake-login",
      kind = "hotspot",
      prompt = { fr = "Ce site te demande de te connecter. Touche ce qui doit t’alerter.",
                 en = "This site asks you to log in. Tap what should warn you." },
      browser = {
        url = { text = "https://banque-horizon.secure-login.example/auth",
                clue = { fr = "Le domaine est secure-login.example : le cadenas ne dit pas qui est le site.",
                         en = "The domain is secure-login.example: the padlock doesn't prove it is your bank." } },
        title = { fr = "Banque Horizon — Espace client", en = "Banque Horizon — Customer area" },
        body = {
          { text = { fr = "Session expirée. Saisissez aussi votre code reçu par SMS pour la réactiver.",
                     en = "Session expired. Also enter the code you got by text to reactivate it." },
            clue = { fr = "Un code reçu par SMS ne se donne jamais à un site ouvert depuis un lien.",
                     en = "Never give a texted code to a site you opened from a link." } },
        },
        fields = { { fr = "Identifiant", en = "Username" }, { fr = "Mot de passe", en = "Password" } },
        button = { fr = "Se connecter", en = "Log in" },
      },
      explain = { fr = "Tape toi-même l’adresse de ta banque, ou passe par son appli.",
                  en = "Type your bank's address yourself, or use its app." },
      source = "Cybermalveillance.gouv.fr",
      time = 60,
    },
  },
}
