-- Level "harcelement" of the lycee pack (high-school students, a 10–15 minute class round).
-- Online harassment and sextortion, told kindly and without shame: the witness's role (no like,
-- no share, support, report), screenshots as evidence, block and report on the platform, the
-- 3018 (number, app, free, anonymous, confidential), sextortion (do not answer, never pay, keep
-- the evidence, report), where to turn (3018, 17, the platform), the law (a délit, public or
-- private), Pharos. The victim is never at fault, and the level says so.
-- Hands-on: an answer to type (3018), a chat mock-up (the signs of a sextortion attempt), steps
-- in order, cards to sort, an address to type (Pharos).
-- Plain data only, no pictures. People and the app "Pixo" are invented; 3018, 17, 17Cyber and
-- Pharos are the real public services. Sources, with the sentences that back each claim:
-- /work/factcheck/i16/harcelement.sources.md. Licence: CC BY-SA 4.0.
return {
  id = "harcelement",
  title = { fr = "Harcèlement et chantage en ligne", en = "Online harassment and sextortion" },
  description = {
    fr = "Témoin ou victime : ce qui aide vraiment, les preuves à garder, le 3018, et que faire face à un chantage. La victime n’est jamais en faute.",
    en = "Witness or victim: what really helps, the evidence to keep, 3018, and what to do about blackmail. The victim is never at fault.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "temoin",
      kind = "multi",
      prompt = {
        fr = "Dans le groupe de ta classe, une photo de Sami circule avec des moqueries. Témoin, que fais-tu ?",
        en = "In your class group chat, a photo of Sami is going round with mocking comments. As a witness, what do you do?",
      },
      choices = {
        { fr = "Je ne like pas et je ne partage pas", en = "I don’t like it and I don’t share it" },
        { fr = "J’envoie un message de soutien à Sami", en = "I send Sami a message of support" },
        { fr = "Je signale la photo et j’en parle à un adulte ou au 3018", en = "I report the photo and tell an adult or 3018" },
        { fr = "Je la partage pour dénoncer les moqueurs", en = "I share it to call out the mockers" },
        { fr = "Je réponds aux moqueurs par des insultes", en = "I answer the mockers with insults" },
        { fr = "Je ne dis rien : ce n’est pas mon histoire", en = "I say nothing: it’s not my business" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "Un like encourage les moqueurs ; un partage fait circuler la photo, même pour la dénoncer. Soutiens Sami, signale la photo et parles-en à un adulte ou au 3018 : le 3018 écoute aussi les témoins.",
        en = "A like encourages the mockers; a share spreads the photo, even to call it out. Support Sami, report the photo and tell an adult or 3018: 3018 listens to witnesses too.",
      },
      source = "Police nationale, « Comment fonctionne le portail Pharos ? » : https://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos",
      time = 35,
    },
    {
      id = "captures",
      kind = "choice",
      prompt = {
        fr = "Chaque soir, Léa reçoit des insultes d’un même compte. Que lui conseilles-tu de faire d’abord ?",
        en = "Every evening, Léa gets insults from the same account. What do you advise her to do first?",
      },
      choices = {
        { fr = "Faire des captures d’écran, puis bloquer et signaler le compte", en = "Take screenshots, then block and report the account" },
        { fr = "Tout effacer et bloquer le compte, pour ne plus rien voir", en = "Delete it all and block the account, to see nothing more" },
        { fr = "Répondre, pour que les insultes cessent", en = "Answer back, to make the insults stop" },
        { fr = "Supprimer son propre compte", en = "Delete her own account" },
      },
      correct = 1,
      explain = {
        fr = "Les captures d’écran sont des preuves : garde-les avant d’effacer quoi que ce soit. Ne réponds pas, bloque le compte et signale-le au réseau social.",
        en = "Screenshots are evidence: keep them before deleting anything. Don’t answer, block the account and report it to the social network.",
      },
      source = "Santé publique France, « Je suis victime de cyberharcèlement : je fais quoi ? » : https://www.onsexprime.fr/Sexe-Droits/Victime-d-abus/Le-cyberharcelement",
      time = 25,
    },
    {
      id = "numero-3018",
      kind = "input",
      prompt = {
        fr = "Tu es victime ou témoin de cyberharcèlement. Tape le numéro national gratuit, anonyme et confidentiel (4 chiffres).",
        en = "You are a victim or a witness of cyberharassment. Type France’s free, anonymous and confidential national number (4 digits).",
      },
      number = 3018,
      tolerance = 0,
      explain = {
        fr = "Le 3018 répond 7 jours sur 7 : par téléphone, par tchat sur 3018.fr, sur WhatsApp et Messenger. C’est gratuit, anonyme et confidentiel, pour les victimes comme pour les témoins.",
        en = "3018 answers 7 days a week: by phone, by chat at 3018.fr, on WhatsApp and Messenger. It is free, anonymous and confidential, for victims and witnesses alike.",
      },
      source = "Solidarites.gouv.fr, « (Cyber)harcèlement, violences : si tu as besoin d’aide, des numéros existent » : https://solidarites.gouv.fr/node/2219",
      time = 25,
    },
    {
      id = "appli-3018",
      kind = "choice",
      prompt = {
        fr = "Qu’est-ce que l’application 3018 permet de faire ?",
        en = "What does the 3018 app let you do?",
      },
      choices = {
        { fr = "Tchatter avec un pro du 3018 et garder ses preuves en lieu sûr", en = "Chat with a 3018 professional and keep your evidence safe" },
        { fr = "Retrouver le nom et l’adresse du harceleur", en = "Find the harasser’s name and address" },
        { fr = "Effacer à distance les messages du harceleur", en = "Remotely delete the harasser’s messages" },
        { fr = "Porter plainte sans passer par la police", en = "File a complaint without going through the police" },
      },
      correct = 1,
      explain = {
        fr = "L’appli ouvre un tchat avec un professionnel et range tes captures d’écran dans un coffre-fort numérique, à transmettre au 3018. Le 3018 peut demander en priorité aux réseaux sociaux de supprimer un contenu.",
        en = "The app opens a chat with a professional and keeps your screenshots in a secure digital vault, to pass on to 3018. 3018 can ask social networks, as a priority, to take content down.",
      },
      source = "e-Enfance, « Le Gouvernement soutient le lancement de l’application 3018 » : https://e-enfance.org/lutte-contre-le-cyberharcelement-le-gouvernement-soutient-le-lancement-de-lapplication-3018/",
      time = 25,
    },
    {
      id = "prive-ou-public",
      kind = "truefalse",
      prompt = {
        fr = "Des insultes répétées envoyées en message privé, ce n’est pas du cyberharcèlement : ce n’est pas public.",
        en = "Repeated insults sent by private message are not cyberharassment: they are not public.",
      },
      correct = false,
      explain = {
        fr = "Faux : le cyberharcèlement est un délit, que les messages soient publics (un forum) ou privés (une messagerie). Ce qui compte, c’est la répétition et le mal fait à la victime.",
        en = "False: cyberharassment is an offence, whether the messages are public (a forum) or private (a messaging app). What counts is that it is repeated and harms the victim.",
      },
      source = "Service-Public.fr, « Cyberharcèlement (harcèlement sur internet) » : https://www.service-public.gouv.fr/particuliers/vosdroits/F32239",
      time = 20,
    },
    {
      id = "signes-sextorsion",
      kind = "hotspot",
      prompt = {
        fr = "Sur une appli de jeu, une inconnue écrit à Malik. Appuie sur les signes d’une tentative de chantage, puis valide.",
        en = "On a gaming app, a stranger writes to Malik. Tap the signs of a blackmail attempt, then submit.",
      },
      chat = {
        app = "Pixo",
        channel = { fr = "Message privé", en = "Private message" },
        from = {
          name = "Lina_2009",
          detail = { fr = "Nouveau contact", en = "New contact" },
          clue = {
            fr = "Un nouveau contact, que Malik ne connaît pas.",
            en = "A new contact Malik does not know.",
          },
        },
        date = "22:47",
        messages = {
          { fr = "Tu as vu le tournoi ce soir ?", en = "Did you see the tournament tonight?" },
          {
            text = { fr = "T’es trop beau sur ta photo, je craque", en = "You look so good in your photo, I’m falling for you" },
            clue = {
              fr = "Des compliments, pour gagner vite sa confiance.",
              en = "Compliments, to win his trust fast.",
            },
          },
          {
            text = { fr = "On passe en appel vidéo ? Juste toi et moi…", en = "Video call? Just you and me…" },
            clue = {
              fr = "Elle pousse vers un échange intime en vidéo.",
              en = "She pushes for an intimate video chat.",
            },
          },
          {
            text = { fr = "Notre appel, je l’ai enregistré. 200 € ou la vidéo part à tes contacts.", en = "I recorded our call. €200, or the video goes to your contacts." },
            clue = {
              fr = "Le chantage : payer, sinon la vidéo part à ses contacts.",
              en = "Blackmail: pay, or the video goes to his contacts.",
            },
          },
        },
      },
      explain = {
        fr = "Une inconnue, des compliments, un appel vidéo intime, puis le chantage : c’est le scénario de la sextorsion. Ne réponds plus et ne paie rien, garde les preuves, bloque, et parles-en au 3018.",
        en = "A stranger, compliments, an intimate video call, then blackmail: that is how sextortion goes. Stop answering and pay nothing, keep the evidence, block, and talk to 3018.",
      },
      source = "Cybermalveillance.gouv.fr, « Que faire en cas de sextorsion ? » : https://cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion",
      time = 40,
    },
    {
      id = "ordre-chantage",
      kind = "order",
      prompt = {
        fr = "Quelqu’un te fait chanter avec une vidéo intime. Dans quel ordre agir ?",
        en = "Someone is blackmailing you with an intimate video. In what order do you act?",
      },
      items = {
        { fr = "Ne plus répondre et ne rien payer", en = "Stop answering and pay nothing" },
        { fr = "Garder les preuves (captures), bloquer et signaler le compte", en = "Keep the evidence (screenshots), block and report the account" },
        { fr = "Porter plainte ou signaler (17Cyber, police, gendarmerie)", en = "Report it or file a complaint (17Cyber, police)" },
      },
      explain = {
        fr = "Dès le chantage, ne réponds plus et ne paie rien : le maître chanteur en demanderait toujours plus. Garde les preuves, bloque et signale le compte, puis porte plainte. À tout moment, parles-en à un adulte de confiance ou au 3018.",
        en = "As soon as the blackmail starts, stop answering and pay nothing: they would only ask for more. Keep the evidence, block and report the account, then file a complaint. At any point, talk to a trusted adult or 3018.",
      },
      source = "Cybermalveillance.gouv.fr, « Que faire en cas de sextorsion ? » : https://cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion",
      time = 30,
    },
    {
      id = "pas-ta-faute",
      kind = "truefalse",
      prompt = {
        fr = "Inès a envoyé une photo intime à quelqu’un qui la fait chanter maintenant. C’est en partie de sa faute.",
        en = "Inès sent an intimate photo to someone who is now blackmailing her. It is partly her fault.",
      },
      correct = false,
      explain = {
        fr = "Faux : une victime n’est jamais coupable. La faute est du côté de celui qui fait chanter. Inès a le droit d’être aidée sans être jugée, par un adulte de confiance ou au 3018.",
        en = "False: a victim is never to blame. The fault lies with the blackmailer. Inès has the right to be helped without being judged, by a trusted adult or at 3018.",
      },
      source = "Santé publique France, « Cyber-harcèlement : en parler » : https://www.onsexprime.fr/Sexe-Sentiments/Les-relations-en-ligne/Cyber-harcelement-En-parler",
      time = 20,
    },
    {
      id = "vers-qui",
      kind = "sort",
      prompt = {
        fr = "Vers qui te tourner d’abord : le 3018, le 17, ou signaler dans l’appli ? Classe chaque cas.",
        en = "Who do you turn to first: 3018, 17, or reporting it in the app? Sort each case.",
      },
      bins = { "3018", "17", { fr = "Signaler", en = "Report it" } },
      items = {
        { text = { fr = "Des moqueries sur toi chaque jour en groupe", en = "Daily mockery about you in a group chat" }, bin = 1 },
        { text = { fr = "On menace de publier tes photos si tu ne paies pas", en = "A threat to post your photos unless you pay" }, bin = 1 },
        { text = { fr = "Une élève sera frappée ce soir, dit un message", en = "A message says a pupil will be beaten up tonight" }, bin = 2 },
        { text = { fr = "« Je suis en bas de chez toi, là », t’écrit-on", en = "“I’m outside your home, right now”, says a message" }, bin = 2 },
        { text = { fr = "Un seul commentaire insultant sous ta vidéo", en = "One insulting comment under your video" }, bin = 3 },
        { text = { fr = "Un faux compte poste des arnaques", en = "A fake account posts scams" }, bin = 3 },
      },
      explain = {
        fr = "3018 : le harcèlement et le chantage qui visent les jeunes. 17 : un danger immédiat. Un commentaire isolé ou un faux compte : bloque et signale dans l’appli ; si ça se répète, contacte le 3018.",
        en = "3018: harassment and blackmail aimed at young people. 17: immediate danger. A one-off comment or a fake account: block and report it in the app; if it happens again, contact 3018.",
      },
      source = "Solidarites.gouv.fr, « (Cyber)harcèlement, violences : si tu as besoin d’aide, des numéros existent » : https://solidarites.gouv.fr/node/2219",
      time = 45,
    },
    {
      id = "pharos",
      kind = "input",
      prompt = {
        fr = "Une vidéo qui humilie une élève est publique sur un site. Tape l’adresse du site officiel Pharos pour la signaler (internet-….gouv.fr).",
        en = "A video humiliating a pupil is public on a website. Type the address of the official Pharos site to report it (internet-….gouv.fr).",
      },
      accept = { "internet-signalement.gouv.fr", "www.internet-signalement.gouv.fr", "https://internet-signalement.gouv.fr", "https://www.internet-signalement.gouv.fr" },
      explain = {
        fr = "Sur internet-signalement.gouv.fr, Pharos reçoit gratuitement les signalements des victimes et des témoins de contenus illicites en ligne, dont le cyberharcèlement. Ne partage pas la vidéo, même pour la dénoncer.",
        en = "At internet-signalement.gouv.fr, Pharos takes free reports from victims and witnesses of illegal content online, cyberharassment included. Don’t share the video, even to call it out.",
      },
      source = "Service-Public.fr, « Signaler un contenu internet illégal (internet-signalement : Pharos) » : https://www.service-public.gouv.fr/particuliers/vosdroits/R17674",
      time = 35,
    },
  },
}
