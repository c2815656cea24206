-- Level "arnaque-ou-pas" of the stand pack (passers-by at an event stand, two-minute rounds).
-- Scam or not: a parcel text, a bank "security" text, a genuine appointment reminder, a fine
-- (ANTAI) text, a giveaway post and a text that knows your first name. Genuine and scam
-- messages are mixed on purpose: the lesson is to judge what a message asks, not to distrust
-- everything. Questions 2, 3, 4 and 6 are choice / true-false, so the round can be played as a duel.
-- Plain data only, no pictures. Brands, people, numbers and domains are invented (.example; phone
-- numbers from ARCEP's range for fiction, 06 39 98); the real names are public services (ANTAI,
-- amendes.gouv.fr, 33700). Sources: /work/factcheck/stand/arnaque-ou-pas.sources.md.
return {
  id = "arnaque-ou-pas",
  title = { fr = "Arnaque ou pas ?", en = "Scam or not?" },
  description = {
    fr = "Des SMS et des publications, vrais ou faux : repère ceux qui te piègent.",
    en = "Texts and posts, genuine or fake: spot the ones that trap you.",
  },
  audience = { "stand" },
  questions = {
    {
      id = "colis-sms",
      kind = "hotspot",
      prompt = {
        fr = "Ce SMS arrive ce matin. Appuie sur les indices d’arnaque, puis valide.",
        en = "This text arrives this morning. Tap the scam clues, then submit.",
      },
      sms = {
        from = {
          text = "06 39 98 27 14",
          clue = {
            fr = "Un portable inconnu : rien ne prouve que c’est un livreur.",
            en = "An unknown mobile: nothing shows it is a courier.",
          },
        },
        messages = {
          { fr = "Votre colis n’a pas pu être livré.", en = "Your parcel could not be delivered." },
          {
            text = {
              fr = "Réglez 1,99 € de frais pour le recevoir :",
              en = "Pay a €1.99 fee to receive it:",
            },
            clue = {
              fr = "De petits frais pour obtenir ta carte bancaire.",
              en = "A small fee to get your card details.",
            },
          },
        },
        links = {
          {
            text = "suivi-colis.example/payer",
            url = "https://suivi-colis.example/payer",
            clue = {
              fr = "Un site inconnu, qui n’est pas celui où tu as commandé.",
              en = "An unknown site, not the one you ordered from.",
            },
          },
        },
      },
      explain = {
        fr = "De petits frais à payer par un lien : c’est l’appât pour ta carte bancaire. Suis ton colis sur le site où tu as commandé, et transfère le SMS au 33700.",
        en = "A small fee to pay through a link is the bait for your card details. Track your parcel on the site you ordered from, and forward the text to 33700.",
      },
      source = "DGCCRF, « SMS et appels indésirables : le 33 700 facilite le signalement » : https://www.economie.gouv.fr/dgccrf/sms-et-appels-indesirables-le-33-700-facilite-le-signalement-des-numeros-frauduleux",
      time = 25,
    },
    {
      id = "banque-code",
      kind = "choice",
      prompt = {
        fr = "SMS : « Paiement suspect de 849 €. Un conseiller va vous appeler : donnez-lui le code reçu pour l’annuler. » Arnaque ?",
        en = "Text: “Suspicious €849 payment. An adviser will call you: give them the code you receive to cancel it.” Scam?",
      },
      choices = {
        { fr = "Arnaque", en = "Scam" },
        { fr = "Pas une arnaque", en = "Not a scam" },
        { fr = "Pas une arnaque si l’appel vient du numéro de ma banque", en = "Not a scam if the call comes from my bank’s number" },
      },
      correct = 1,
      explain = {
        fr = "Un conseiller ne demande jamais un code de confirmation, et le numéro affiché peut être imité. Raccroche et appelle ta banque au numéro que tu connais.",
        en = "An adviser never asks for a confirmation code, and the number shown can be faked. Hang up and call your bank on the number you know.",
      },
      source = "INC, « Que faire en cas d’arnaque au faux conseiller bancaire ? » : https://www.inc-conso.fr/content/que-faire-en-cas-darnaque-au-faux-conseiller-bancaire-avec-cybermalveillance",
      time = 20,
    },
    {
      id = "rappel-rdv",
      kind = "choice",
      prompt = {
        fr = "Tu as pris ce RDV. SMS : « Cabinet Dr Morel : rappel, RDV mardi à 14 h 30. Empêché ? Prévenez le cabinet. » Arnaque ?",
        en = "You booked this. Text: “Dr Morel’s practice: reminder, appointment Tuesday 2:30 pm. Can’t come? Tell the practice.” Scam?",
      },
      choices = {
        { fr = "Pas une arnaque", en = "Not a scam" },
        { fr = "Arnaque", en = "Scam" },
      },
      correct = 1,
      explain = {
        fr = "Ni lien, ni paiement, ni code, pour un rendez-vous que tu as pris : c’est un simple rappel. Dans le doute, appelle le cabinet au numéro que tu connais.",
        en = "No link, no payment, no code, for an appointment you booked: it is a plain reminder. When in doubt, call the practice on the number you know.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 20,
    },
    {
      id = "amende-antai",
      kind = "choice",
      prompt = {
        fr = "SMS reçu chez toi : « ANTAI : amende impayée de 35 €. Réglez avant minuit sur antai-paiement.example. » Arnaque ?",
        en = "Text received at home: “ANTAI: unpaid €35 fine. Pay before midnight at antai-paiement.example.” Scam?",
      },
      choices = {
        { fr = "Arnaque", en = "Scam" },
        { fr = "Pas une arnaque", en = "Not a scam" },
        { fr = "Impossible à dire sans ouvrir le lien", en = "Can’t tell without opening the link" },
      },
      correct = 1,
      explain = {
        fr = "L’ANTAI n’envoie un SMS de paiement qu’en présence de l’agent qui te verbalise. Pour payer une vraie amende, tape toi-même amendes.gouv.fr, sans cliquer.",
        en = "ANTAI only sends a payment text while the officer who fines you is there. To pay a real fine, type amendes.gouv.fr yourself, don’t tap a link.",
      },
      source = "Site d’une commune citant l’ANTAI, « Ce SMS est frauduleux » : https://0000003511.web.ternum-bfc.fr/ce-sms-est-frauduleux",
      time = 20,
    },
    {
      id = "concours-post",
      kind = "hotspot",
      prompt = {
        fr = "Cette publication apparaît dans ton fil. Appuie sur les indices d’arnaque, puis valide.",
        en = "This post shows up in your feed. Tap the scam clues, then submit.",
      },
      post = {
        author = {
          name = "Lumio Sport",
          handle = "@lumio.cadeaux.2026",
          clue = {
            fr = "Un compte bricolé qui copie la marque.",
            en = "A made-up account copying the brand.",
          },
        },
        date = { fr = "Sponsorisé", en = "Sponsored" },
        body = {
          {
            text = {
              fr = "On offre 300 montres ! Réserve la tienne, seuls 2,95 € de frais de port.",
              en = "We’re giving away 300 watches! Claim yours, just €2.95 shipping.",
            },
            clue = {
              fr = "Un cadeau contre de petits frais : on vise ta carte.",
              en = "A gift for a small fee: they want your card.",
            },
          },
        },
        links = {
          {
            text = "lumio-cadeau.example",
            url = "https://lumio-cadeau.example/reserver",
            clue = {
              fr = "Un site inconnu, pas celui de la marque.",
              en = "An unknown site, not the brand’s own.",
            },
          },
        },
        comments = {
          { author = "Mina", text = { fr = "Quelqu’un l’a vraiment reçue ?", en = "Has anyone actually got one?" } },
        },
      },
      explain = {
        fr = "Un faux compte, un cadeau « gratuit » et des frais à payer : on vise ta carte bancaire. Vérifie sur le compte officiel de la marque avant tout.",
        en = "A fake account, a “free” gift and a fee to pay: they are after your card details. Check the brand’s official account first.",
      },
      source = "OFCS (Suisse), « Le danger derrière les jeux-concours en ligne » : https://www.ncsc.admin.ch/ncsc/fr/home/aktuell/im-fokus/2025/wochenrueckblick_21.html",
      time = 25,
    },
    {
      id = "prenom-sms",
      kind = "truefalse",
      prompt = {
        fr = "Un SMS qui t’appelle par ton prénom vient forcément d’un vrai service.",
        en = "A text that calls you by your first name must come from a real service.",
      },
      correct = false,
      explain = {
        fr = "Un faux SMS peut contenir ton nom : il circule après des fuites de données. Juge un message à ce qu’il te demande, pas à ton prénom.",
        en = "A scam text can contain your name: it circulates after data leaks. Judge a message by what it asks of you, not by your name.",
      },
      source = "CNIL, « Fuite ou vol de données : que pouvez-vous faire ? » : https://www.cnil.fr/fr/conseils-fuite-vol-donnees",
      time = 15,
    },
  },
}
