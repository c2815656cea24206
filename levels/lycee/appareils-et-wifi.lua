-- Level "appareils-et-wifi" of the lycee pack (high-school students, a 10-15 minute class round).
-- The phone in daily life: why updates matter (and automatic updates), a fake "update" page,
-- public Wi-Fi (a fake hotspot named after the café, what to keep for mobile data, no automatic
-- connection to open networks), app permissions (a flashlight needs neither contacts nor
-- location), apps only from the official store (a "free Premium" download page), what protects
-- the data of a lost phone, the IMEI code (*#06#) and the steps that block a stolen phone.
-- Sources: Cybermalveillance.gouv.fr's fiches (updates; mobile devices), the CNIL (public Wi-Fi;
-- mobile apps, 24 September 2024), the ARCEP (stolen phone), relays of ANSSI's advice; every
-- claim and the sentences that back it: /work/factcheck/i16/appareils-et-wifi.sources.md; the
-- second reader's check: /work/factcheck/i16/appareils-et-wifi.check.md.
-- Plain data only, no pictures. The café, the game (PixelArena, as in arnaques-en-action), the
-- people and the domains (.example) are invented; the real names are public bodies.
-- Licence: CC BY-SA 4.0.
return {
  id = "appareils-et-wifi",
  title = { fr = "Mon téléphone, mes applis, le Wi-Fi", en = "My phone, my apps, Wi-Fi" },
  description = {
    fr = "Mises à jour, Wi-Fi public, autorisations des applis, téléchargements, code de verrouillage, téléphone volé : les bons réglages et les bons réflexes.",
    en = "Updates, public Wi-Fi, app permissions, downloads, the lock code, a stolen phone: the right settings and the right habits.",
  },
  audience = { "lycee" },
  questions = {
    {
      id = "why-update",
      kind = "choice",
      prompt = {
        fr = "Ton téléphone propose une mise à jour du système. Pourquoi l’installer sans tarder ?",
        en = "Your phone offers a system update. Why install it without delay?",
      },
      choices = {
        { fr = "Elle corrige des failles que des pirates peuvent utiliser", en = "It fixes flaws that attackers can use" },
        { fr = "Elle ajoute surtout de nouvelles fonctions", en = "It mostly adds new features" },
        { fr = "Elle libère de la place sur le téléphone", en = "It frees up space on the phone" },
        { fr = "Elle est nécessaire pour garder ton forfait", en = "You need it to keep your phone plan" },
      },
      correct = 1,
      explain = {
        fr = "Téléphones et applis ont des failles de sécurité, que des cybercriminels peuvent utiliser pour prendre le contrôle d’un appareil. Les mises à jour les corrigent : active les mises à jour automatiques, du système comme des applis.",
        en = "Phones and apps have security flaws, which criminals can use to take control of a device. Updates fix them: turn on automatic updates, for the system and for your apps.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mises à jour » — https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mises-a-jour",
      time = 25,
    },
    {
      id = "fake-update",
      kind = "hotspot",
      prompt = {
        fr = "Tom lit les résultats du match quand cette page s’ouvre sur son téléphone. Appuie sur ce qui doit l’alerter, puis valide.",
        en = "Tom is reading the match results when this page opens on his phone. Tap what should warn him, then submit.",
      },
      browser = {
        url = {
          text = "https://alerte-mobile-securite.example/maj",
          clue = {
            fr = "Un site inconnu : une vraie mise à jour passe par les réglages.",
            en = "An unknown site: a real update comes through your settings.",
          },
        },
        title = {
          text = { fr = "Actus Sport — Résultats du week-end", en = "Sport News — Weekend results" },
          clue = {
            fr = "Le titre du site de sport, mais pas son adresse : fie-toi à l’adresse.",
            en = "The sports site’s title, but not its address: trust the address.",
          },
        },
        body = {
          {
            id = "virus",
            text = {
              fr = "ALERTE : ton téléphone est infecté par 3 virus !",
              en = "WARNING: your phone is infected with 3 viruses!",
            },
            clue = {
              fr = "Une page web ne peut pas savoir ça : elle veut te faire peur.",
              en = "A web page cannot know that: it wants to scare you.",
            },
          },
          {
            id = "rush",
            text = {
              fr = "Installe la mise à jour de sécurité en moins d’une minute.",
              en = "Install the security update in under a minute.",
            },
            clue = {
              fr = "L’urgence, pour t’empêcher de réfléchir.",
              en = "Urgency, to stop you thinking.",
            },
          },
        },
        button = {
          text = { fr = "Installer MAJ-Securite.apk", en = "Install Security-Update.apk" },
          clue = {
            fr = "Un fichier d’appli venu d’une page web, pas du magasin officiel.",
            en = "An app file from a web page, not from the official store.",
          },
        },
      },
      explain = {
        fr = "Une vraie mise à jour arrive par les réglages du téléphone ou par le magasin d’applis officiel, jamais par une page qui t’alarme. Ferme la page sans rien installer.",
        en = "A real update comes through the phone’s settings or the official app store, never through a page that alarms you. Close the page without installing anything.",
      },
      source = "Cybermalveillance.gouv.fr, « Les mises à jour » — https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mises-a-jour",
      time = 60,
    },
    {
      id = "fake-hotspot",
      kind = "choice",
      prompt = {
        fr = "Au Café des Tilleuls, ton téléphone affiche « Cafe-Tilleuls », « Cafe_Tilleuls_FREE » et « Tilleuls-Invites ». Lequel choisir ?",
        en = "At the Café des Tilleuls, your phone shows “Cafe-Tilleuls”, “Cafe_Tilleuls_FREE” and “Tilleuls-Invites”. Which one should you pick?",
      },
      choices = {
        { fr = "Celui dont le café te donne le nom", en = "The one whose name the café gives you" },
        { fr = "Celui qui a le meilleur signal", en = "The one with the best signal" },
        { fr = "« Cafe_Tilleuls_FREE », il est gratuit", en = "“Cafe_Tilleuls_FREE”, it’s free" },
        { fr = "N’importe lequel : ils portent le nom du café", en = "Any of them: they carry the café’s name" },
      },
      correct = 1,
      explain = {
        fr = "N’importe qui peut créer un réseau Wi-Fi au nom d’un café et faire passer par lui tout ce que tu envoies. Demande au personnel le nom exact du réseau avant de te connecter.",
        en = "Anyone can create a Wi-Fi network named after a café and route everything you send through it. Ask the staff for the network’s exact name before you connect.",
      },
      source = "CNIL, « Utiliser un Wi-Fi public ? Voici 4 précautions à prendre » — https://www.cnil.fr/fr/utiliser-un-wi-fi-public-voici-4-precautions-prendre.html",
      time = 30,
    },
    {
      id = "wifi-uses",
      kind = "sort",
      prompt = {
        fr = "Tu es sur le Wi-Fi public d’une gare. Que peux-tu y faire, et que garder pour tes données mobiles (4G/5G) ?",
        en = "You are on a station’s public Wi-Fi. What can you do on it, and what should you keep for mobile data (4G/5G)?",
      },
      bins = {
        { fr = "OK sur ce Wi-Fi", en = "OK on this Wi-Fi" },
        { fr = "Plutôt en 4G/5G", en = "Better on 4G/5G" },
      },
      items = {
        { text = { fr = "Regarder la météo", en = "Check the weather" }, bin = 1 },
        { text = { fr = "Chercher l’horaire d’un bus", en = "Look up a bus time" }, bin = 1 },
        { text = { fr = "Lire un article", en = "Read an article" }, bin = 1 },
        { text = { fr = "Te connecter à ton compte bancaire", en = "Log in to your bank account" }, bin = 2 },
        { text = { fr = "Payer un achat en ligne", en = "Pay for something online" }, bin = 2 },
        { text = { fr = "Taper le mot de passe de ta messagerie", en = "Type your email password" }, bin = 2 },
      },
      explain = {
        fr = "Sur un Wi-Fi public, ne fais passer ni mot de passe, ni données bancaires, ni données personnelles : utilise le réseau mobile de ton opérateur. Si tu n’as pas le choix, privilégie les sites en « https ».",
        en = "On public Wi-Fi, send no passwords, no bank details and no personal data: use your carrier’s mobile network. If you have no choice, prefer sites whose address starts with “https”.",
      },
      source = "CNIL, « Utiliser un Wi-Fi public ? Voici 4 précautions à prendre » — https://www.cnil.fr/fr/utiliser-un-wi-fi-public-voici-4-precautions-prendre.html",
      time = 50,
    },
    {
      id = "auto-connect",
      kind = "truefalse",
      prompt = {
        fr = "Laisser ton téléphone se connecter tout seul à tous les Wi-Fi ouverts qu’il trouve, c’est sans risque.",
        en = "Letting your phone connect by itself to every open Wi-Fi it finds is safe.",
      },
      correct = false,
      explain = {
        fr = "Ton téléphone pourrait se connecter à un faux réseau sans que tu le voies. Garde la connexion automatique pour tes réseaux de confiance, comme celui de chez toi, et coupe le Wi-Fi quand tu ne t’en sers pas.",
        en = "Your phone could join a fake network without you noticing. Keep automatic connection for networks you trust, like your home one, and turn Wi-Fi off when you are not using it.",
      },
      source = "CNIL, « Utiliser un Wi-Fi public ? Voici 4 précautions à prendre » — https://www.cnil.fr/fr/utiliser-un-wi-fi-public-voici-4-precautions-prendre.html",
      time = 20,
    },
    {
      id = "permissions",
      kind = "sort",
      prompt = {
        fr = "Une appli te demande une autorisation. Logique pour ce qu’elle fait, ou inutile ? Classe chaque demande.",
        en = "An app asks for a permission. Makes sense for what it does, or pointless? Sort each request.",
      },
      bins = {
        { fr = "Logique", en = "Makes sense" },
        { fr = "Inutile : je refuse", en = "Pointless: I refuse" },
      },
      items = {
        { text = { fr = "Une appli de plans veut ta position", en = "A maps app wants your location" }, bin = 1 },
        { text = { fr = "Une appli d’appel vidéo veut le micro", en = "A video-call app wants the microphone" }, bin = 1 },
        { text = { fr = "Une appli photo veut l’appareil photo", en = "A photo app wants the camera" }, bin = 1 },
        { text = { fr = "Une lampe torche veut tes contacts", en = "A flashlight wants your contacts" }, bin = 2 },
        { text = { fr = "Une lampe torche veut ta position", en = "A flashlight wants your location" }, bin = 2 },
        { text = { fr = "Un jeu de sudoku veut le micro", en = "A sudoku game wants the microphone" }, bin = 2 },
      },
      explain = {
        fr = "Une autorisation doit servir à ce que fait l’appli : une carte a besoin de ta position, une lampe torche n’a besoin ni de tes contacts ni de ta position. Refuse ce qui n’a pas de lien, et revois les autorisations dans les réglages.",
        en = "A permission must serve what the app does: a map needs your location, a flashlight needs neither your contacts nor your location. Refuse what has no link, and review permissions in your settings.",
      },
      source = "CNIL, « Applications mobiles : votre vie privée devra être mieux protégée » — https://www.cnil.fr/fr/applications-mobiles-votre-vie-privee-devra-etre-mieux-protegee",
      time = 50,
    },
    {
      id = "unofficial-store",
      kind = "hotspot",
      prompt = {
        fr = "Sacha cherche le jeu PixelArena en version Premium et tombe sur cette page. Appuie sur ce qui doit l’alerter, puis valide.",
        en = "Sacha is looking for the game PixelArena in its Premium version and finds this page. Tap what should warn him, then submit.",
      },
      browser = {
        url = {
          text = "https://apk-premium-gratuit.example/pixelarena",
          clue = {
            fr = "Un site de téléchargement inconnu, pas le magasin officiel.",
            en = "An unknown download site, not the official store.",
          },
        },
        title = { fr = "PixelArena Premium — Téléchargement", en = "PixelArena Premium — Download" },
        body = {
          {
            id = "free-premium",
            text = {
              fr = "La version Premium (7,99 €) offerte ici, gratuite !",
              en = "The Premium version (€7.99) free here!",
            },
            clue = {
              fr = "Une appli payante offerte : un appât classique.",
              en = "A paid app given away: a classic bait.",
            },
          },
          {
            id = "outside-store",
            text = {
              fr = "Installe le fichier directement, sans passer par le magasin.",
              en = "Install the file directly, without going through the store.",
            },
            clue = {
              fr = "Hors du magasin officiel, personne n’a contrôlé l’appli.",
              en = "Outside the official store, nobody has checked the app.",
            },
          },
          { fr = "Compatible avec la plupart des téléphones récents.", en = "Works on most recent phones." },
        },
        button = { fr = "Télécharger", en = "Download" },
      },
      explain = {
        fr = "N’installe des applis que depuis le magasin officiel de ton téléphone. Les sites « parallèles » ne contrôlent pas ce qu’ils proposent, surtout quand ils offrent des applis normalement payantes.",
        en = "Only install apps from your phone’s official store. “Parallel” sites do not check what they offer, especially when they give away apps that are normally paid for.",
      },
      source = "Cybermalveillance.gouv.fr, kit de sensibilisation, fiche « La sécurité des appareils mobiles » — https://www.cybermalveillance.gouv.fr/tous-nos-contenus/kit-de-sensibilisation",
      time = 60,
    },
    {
      id = "lost-phone-data",
      kind = "multi",
      prompt = {
        fr = "Un jour, ton téléphone peut être perdu ou volé. Qu’est-ce qui protège tes données ?",
        en = "One day your phone may be lost or stolen. What protects your data?",
      },
      choices = {
        { fr = "Un code de verrouillage difficile à deviner", en = "A lock code that is hard to guess" },
        { fr = "Le chiffrement, activé dans les réglages", en = "Encryption, turned on in the settings" },
        { fr = "Des sauvegardes régulières", en = "Regular backups" },
        { fr = "Ta date de naissance comme code", en = "Your date of birth as the code" },
        { fr = "Ton code noté dans l’appli Notes", en = "Your code written in the Notes app" },
        { fr = "Une coque antichoc", en = "A shockproof case" },
      },
      correct = { 1, 2, 3 },
      explain = {
        fr = "Un code difficile à deviner (ni 0000, ni 1234, ni ta date de naissance) et le chiffrement empêchent de lire ton téléphone ; les sauvegardes te rendent photos et contacts. Un code noté dans le téléphone, le voleur le lit.",
        en = "A hard-to-guess code (not 0000, not 1234, not your date of birth) and encryption stop anyone reading your phone; backups give you back your photos and contacts. A code written in the phone, the thief reads it.",
      },
      source = "Cybermalveillance.gouv.fr, kit de sensibilisation, fiche « La sécurité des appareils mobiles » — https://www.cybermalveillance.gouv.fr/tous-nos-contenus/kit-de-sensibilisation",
      time = 40,
    },
    {
      id = "imei-code",
      kind = "input",
      prompt = {
        fr = "Chaque téléphone a un numéro unique, l’IMEI, qui permet de le bloquer s’il est volé. Quel code taper sur le clavier d’appel pour l’afficher ? (5 signes, il commence par *#)",
        en = "Every phone has a unique number, the IMEI, which lets it be blocked if stolen. What code do you dial on the keypad to show it? (5 characters, starting with *#)",
      },
      accept = { "*#06#" },
      explain = {
        fr = "Compose *#06# : l’IMEI s’affiche (il est aussi sur la boîte). Note-le dès maintenant : en cas de vol, tu le donnes en portant plainte, et ton téléphone peut être bloqué.",
        en = "Dial *#06#: the IMEI appears (it is also on the box). Write it down now: if your phone is stolen, you give it when you report the theft, and the phone can be blocked.",
      },
      source = "ARCEP, « Que faire en cas de vol de mon téléphone mobile ? » — https://arcep.fr/mes-demarches-et-services/consommateurs/fiches-pratiques/que-faire-en-cas-de-vol-de-mon-telephone-mobile.html",
      time = 40,
    },
    {
      id = "stolen-phone",
      kind = "order",
      prompt = {
        fr = "Le téléphone de Lina est volé. Remets dans l’ordre ce qui permet de bloquer sa ligne, puis le téléphone lui-même.",
        en = "Lina’s phone is stolen. Put in order what gets her line blocked, then the phone itself.",
      },
      items = {
        { fr = "Dès l’achat : noter le code IMEI", en = "When buying it: write down the IMEI" },
        { fr = "Après le vol : appeler l’opérateur pour bloquer la SIM", en = "After the theft: call the carrier to block the SIM" },
        { fr = "Porter plainte en donnant l’IMEI", en = "Report the theft to the police, giving the IMEI" },
        { fr = "La police transmet la déclaration à l’opérateur", en = "The police send the report to the carrier" },
        { fr = "L’opérateur bloque le téléphone (4 jours ouvrés au plus)", en = "The carrier blocks the phone (4 working days at most)" },
      },
      explain = {
        fr = "D’abord l’opérateur, qui bloque la carte SIM : le voleur ne peut plus utiliser la ligne. Puis la plainte, avec l’IMEI : transmise à l’opérateur, elle fait bloquer le téléphone lui-même. Mineur ou mineure ? Fais ces démarches avec un adulte.",
        en = "First the carrier, who blocks the SIM card: the thief can no longer use the line. Then the police report, with the IMEI: sent on to the carrier, it gets the phone itself blocked. Under 18? Do this with an adult.",
      },
      source = "ARCEP, « Que faire en cas de vol de mon téléphone mobile ? » — https://arcep.fr/mes-demarches-et-services/consommateurs/fiches-pratiques/que-faire-en-cas-de-vol-de-mon-telephone-mobile.html",
      time = 60,
    },
  },
}
