-- Level "hameconnage-travail" of the pme pack (staff of small companies, with a trainer).
-- Phishing at work: a shared-document invitation and the fake sign-in page it leads to, a
-- parcel text, a fake "IT support" in the workplace messenger, MFA fatigue (push requests you
-- did not start: refuse and report), and a mini-game of sign-in requests to approve or refuse.
-- The company, people, apps and domains are invented (.example); the phone number is in a range
-- ARCEP keeps for fiction (06 39 98); the real names are public services (Cybermalveillance.gouv.fr,
-- the 33700, the DGCCRF, the Gendarmerie nationale) and the US agency CISA, cited for MFA fatigue.

-- The mini-game's state (set again by init each time the game starts).
local cards, at, picks, verdict, verdict_until, clock, over

-- Each card: what you are doing right now, the push request on your phone, and whether you
-- started it yourself (approve) or not (refuse), with why.
local CARDS = {
  {
    doing = { fr = "Vous venez de taper votre mot de passe sur la messagerie, au bureau.", en = "You have just typed your password into your webmail, at the office." },
    push = { fr = "Messagerie · Paris · à l’instant", en = "Webmail · Paris · just now" },
    mine = true,
    why = { fr = "Vous venez de vous connecter vous-même : c’est votre demande.", en = "You have just signed in yourself: it is your request." },
  },
  {
    doing = { fr = "Vous êtes en réunion, votre ordinateur est fermé.", en = "You are in a meeting, your laptop is closed." },
    push = { fr = "Messagerie · Vancouver · à l’instant", en = "Webmail · Vancouver · just now" },
    mine = false,
    why = { fr = "Vous ne vous connectiez pas : quelqu’un d’autre a votre mot de passe.", en = "You were not signing in: someone else has your password." },
  },
  {
    doing = { fr = "Vous ouvrez le portail RH pour poser un congé.", en = "You open the HR portal to book a day off." },
    push = { fr = "Portail RH · Paris · à l’instant", en = "HR portal · Paris · just now" },
    mine = true,
    why = { fr = "Le service et le moment correspondent à ce que vous faites.", en = "The service and the moment match what you are doing." },
  },
  {
    doing = { fr = "Il est 2 h 14, vous dormiez. Le téléphone vibre pour la 3ᵉ fois.", en = "It is 2:14 am, you were asleep. The phone buzzes for the 3rd time." },
    push = { fr = "Messagerie · inconnu · à l’instant", en = "Webmail · unknown · just now" },
    mine = false,
    why = { fr = "Des demandes en rafale la nuit : on veut vous faire céder. Refusez.", en = "A burst of requests at night: someone wants to wear you down. Deny." },
  },
  {
    doing = { fr = "Vous vous connectez au logiciel clients. L’écran affiche le code 38.", en = "You sign in to the customer app. The screen shows the code 38." },
    push = { fr = "Logiciel clients · code 38", en = "Customer app · code 38" },
    mine = true,
    why = { fr = "Le code du téléphone est celui de votre écran : c’est bien vous.", en = "The code on the phone is the one on your screen: it is you." },
  },
  {
    doing = { fr = "Vous vous connectez au logiciel clients. L’écran affiche le code 38.", en = "You sign in to the customer app. The screen shows the code 38." },
    push = { fr = "Logiciel clients · code 71", en = "Customer app · code 71" },
    mine = false,
    why = { fr = "Le code ne correspond pas : c’est la connexion de quelqu’un d’autre.", en = "The code does not match: it is someone else’s sign-in." },
  },
  {
    doing = { fr = "Un « technicien » appelle : « Approuvez la demande qui arrive, c’est la mise à jour. »", en = "A “technician” calls: “Approve the request coming in, it’s the update.”" },
    push = { fr = "Messagerie · Paris · pendant l’appel", en = "Webmail · Paris · during the call" },
    mine = false,
    why = { fr = "Vous n’avez rien lancé : on ne valide jamais pour quelqu’un d’autre.", en = "You started nothing: never approve for someone else." },
  },
  {
    doing = { fr = "En déplacement à Lyon, vous ouvrez l’appli des notes de frais.", en = "On a trip to Lyon, you open the expenses app." },
    push = { fr = "Notes de frais · Lyon · à l’instant", en = "Expenses · Lyon · just now" },
    mine = true,
    why = { fr = "Vous venez de l’ouvrir, depuis la ville où vous êtes : c’est vous.", en = "You have just opened it, from the city you are in: it is you." },
  },
  {
    doing = { fr = "Samedi, vous faites vos courses. Aucune appli de travail ouverte.", en = "Saturday, you are shopping. No work app is open." },
    push = { fr = "Partage de fichiers · Paris · à l’instant", en = "File sharing · Paris · just now" },
    mine = false,
    why = { fr = "Même depuis « Paris », une demande que vous n’avez pas lancée se refuse.", en = "Even from “Paris”, a request you did not start must be denied." },
  },
}

local BTN_Y, BTN_H = 465, 110
local REFUSE_X, APPROVE_X, BTN_W = 620, 900, 260

local function choose(approve)
  if over or verdict then return over end
  local c = cards[at]
  local right = (approve == c.mine)
  picks[at] = approve
  verdict = right
  verdict_until = clock + 1.2
  return false
end

return {
  id = "hameconnage-travail",
  title = { fr = "Hameçonnage au travail", en = "Phishing at work" },
  description = {
    fr = "Un document partagé, un colis, un faux support informatique, des demandes de connexion en rafale : repérez le piège, refusez ce que vous n’avez pas lancé, et signalez.",
    en = "A shared document, a parcel, a fake IT support person, a burst of sign-in requests: spot the trap, deny what you did not start, and report it.",
  },
  audience = { "pme" },
  questions = {
    {
      id = "shared-doc-mail",
      kind = "hotspot",
      prompt = {
        fr = "Vous recevez cette invitation à un document partagé. Touchez ce qui doit vous alerter, puis validez.",
        en = "You receive this invitation to a shared document. Tap what should make you suspicious, then submit.",
      },
      mail = {
        from = {
          name = "PartageDocs",
          address = "notification@partagedocs-secure.example",
          clue = { fr = "Ce n’est pas l’adresse habituelle du service de partage.", en = "This is not the sharing service’s usual address." },
        },
        subject = { fr = "Julien Perret a partagé « Devis 2027 » avec vous", en = "Julien Perret shared “Quote 2027” with you" },
        date = { fr = "mar. 8 déc. 2026, 09:12", en = "Tue 8 Dec 2026, 09:12" },
        body = {
          { fr = "Julien Perret vous invite à consulter un document.", en = "Julien Perret invites you to view a document." },
          {
            text = { fr = "Connectez-vous avec votre mot de passe professionnel pour l’ouvrir.", en = "Sign in with your work password to open it." },
            clue = { fr = "On vous pousse à donner votre mot de passe.", en = "It pushes you to give your password." },
          },
        },
        links = {
          {
            text = { fr = "Ouvrir le document", en = "Open the document" },
            url = "https://partagedocs.verif-compte.example/login",
            clue = { fr = "Au survol : le vrai domaine est verif-compte.example.", en = "On hover: the real domain is verif-compte.example." },
          },
        },
      },
      explain = {
        fr = "Le nom de Julien et le titre rassurent, mais l’adresse d’envoi et le lien mènent ailleurs, et on vous demande votre mot de passe. Survolez le lien sans cliquer pour lire la vraie adresse. Règle : pour un document partagé, passez par l’appli que vous connaissez, pas par le lien.",
        en = "Julien’s name and the title are reassuring, but the sender’s address and the link lead elsewhere, and you are asked for your password. Hover over the link without clicking to read the real address. Rule: for a shared document, go through the app you know, not the link.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 50,
    },
    {
      id = "fake-signin",
      kind = "hotspot",
      prompt = {
        fr = "Un collègue a cliqué : voici la page qui s’ouvre. Touchez ce qui doit l’arrêter.",
        en = "A colleague clicked: this is the page that opens. Tap what should make him stop.",
      },
      browser = {
        url = {
          text = "https://partagedocs.verif-compte.example/login",
          clue = { fr = "Le site est verif-compte.example : le reste n’est qu’un préfixe.", en = "The site is verif-compte.example: the rest is only a prefix." },
        },
        title = { fr = "PartageDocs — Connexion", en = "PartageDocs — Sign in" },
        body = {
          { fr = "Document : Devis_2027.xlsx", en = "Document: Quote_2027.xlsx" },
          {
            text = { fr = "Saisissez aussi le code reçu par SMS pour confirmer.", en = "Also enter the code you got by text to confirm." },
            clue = { fr = "Le code reçu ouvrirait votre compte à l’escroc.", en = "The code would open your account to the scammer." },
          },
        },
        fields = { { fr = "E-mail professionnel", en = "Work email" }, { fr = "Mot de passe", en = "Password" } },
        button = { fr = "Se connecter", en = "Sign in" },
      },
      explain = {
        fr = "Le titre et la mise en page imitent le vrai service, mais le nom du site, juste avant le premier « / », est verif-compte.example. Si l’adresse ne correspond pas exactement au site attendu, c’est très certainement un faux. Règle : lisez l’adresse avant de taper quoi que ce soit.",
        en = "The title and the layout copy the real service, but the site’s name, just before the first “/”, is verif-compte.example. If the address does not match the expected site exactly, it is almost certainly a fake. Rule: read the address before typing anything.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 45,
    },
    {
      id = "typed-password",
      kind = "choice",
      prompt = {
        fr = "Votre collègue avait déjà tapé son mot de passe sur cette page. Que doit-il faire en premier ?",
        en = "Your colleague had already typed his password into that page. What should he do first?",
      },
      choices = {
        { fr = "Changer ce mot de passe, et partout où il servait", en = "Change that password, and wherever else he used it" },
        { fr = "Fermer l’onglet : sans code, rien n’est perdu", en = "Close the tab: without the code, nothing is lost" },
        { fr = "Attendre de voir s’il se passe quelque chose", en = "Wait and see if anything happens" },
        { fr = "Supprimer l’e-mail pour effacer les traces", en = "Delete the email to erase the traces" },
      },
      correct = 1,
      explain = {
        fr = "Le mot de passe est parti chez l’escroc : il faut le changer tout de suite, et sur chaque service où il servait aussi, puis prévenir l’informatique. Garder l’e-mail sert de preuve. Règle : mot de passe tapé sur un faux site, mot de passe changé tout de suite.",
        en = "The password has gone to the scammer: change it at once, and on every service where it was also used, then tell IT. Keep the email: it is evidence. Rule: typed a password into a fake site? Change it straight away.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 30,
    },
    {
      id = "known-sender",
      kind = "truefalse",
      prompt = {
        fr = "Une invitation à un document partagé qui vient de l’adresse d’un collègue que vous connaissez est forcément sûre.",
        en = "An invitation to a shared document that comes from the address of a colleague you know is bound to be safe.",
      },
      correct = false,
      explain = {
        fr = "Faux. Une boîte mail piratée peut servir à envoyer de l’hameçonnage à ses contacts : l’adresse de votre collègue ne prouve pas que c’est lui. Au moindre doute, confirmez par un autre moyen. Règle : un doute, un appel au collègue sur le numéro que vous connaissez.",
        en = "False. A hacked mailbox can be used to send phishing to its contacts: your colleague’s address does not prove it is them. If in doubt, confirm another way. Rule: when in doubt, call your colleague on the number you know.",
      },
      source = "Cybermalveillance.gouv.fr, « Que faire en cas de piratage d’une boîte mail ? » : https://cybermalveillance.gouv.fr/tous-nos-contenus/actualites/que-faire-en-cas-de-piratage-de-boite-mail",
      time = 20,
    },
    {
      id = "parcel-sms",
      kind = "hotspot",
      prompt = {
        fr = "Ce SMS arrive sur le téléphone de l’entreprise. Touchez ce qui doit vous alerter.",
        en = "This text message arrives on the company phone. Tap what should make you suspicious.",
      },
      sms = {
        from = {
          text = "06 39 98 41 27",
          clue = { fr = "Un numéro de mobile ordinaire : rien ne prouve que c’est le transporteur.", en = "An ordinary mobile number: nothing shows it is the carrier." },
        },
        messages = {
          { fr = "Colis PX-48213 : livraison impossible, adresse incomplète.", en = "Parcel PX-48213: delivery failed, incomplete address." },
          {
            text = { fr = "Frais de réexpédition : 1,99 €, à régler sous 24 h.", en = "Redelivery fee: €1.99, to pay within 24 h." },
            clue = { fr = "Une petite somme et un délai : l’appât pour votre carte.", en = "A small sum and a deadline: bait for your card." },
          },
        },
        links = {
          {
            text = "colis-suivi.example/px48213",
            url = "https://colis-suivi.example/px48213",
            clue = { fr = "Un site inconnu, pas celui du transporteur.", en = "An unknown site, not the carrier’s." },
          },
        },
      },
      explain = {
        fr = "Une petite somme à payer vite par un lien, depuis un numéro quelconque, vers un site qui n’est pas celui du transporteur : c’est un hameçonnage pour voler votre carte. Règle : ne cliquez pas, vérifiez le suivi sur le site du transporteur que vous tapez vous-même.",
        en = "A small sum to pay fast through a link, from any old number, to a site that is not the carrier’s: it is phishing for your card. Rule: do not click; check the tracking on the carrier’s website, typing its address yourself.",
      },
      source = "Cybermalveillance.gouv.fr, diagnostic « Hameçonnage » : https://www.cybermalveillance.gouv.fr/diagnostic/fa98e94d-1e7d-4278-b9a5-572b20073f60",
      time = 45,
    },
    {
      id = "report-sms",
      kind = "input",
      prompt = {
        fr = "À quel numéro gratuit transférez-vous un SMS frauduleux pour le signaler ? Tapez-le.",
        en = "In France, to report a scam text, which free number do you forward it to? Type it.",
      },
      number = 33700,
      tolerance = 0,
      explain = {
        fr = "Le 33 700 est la plateforme gratuite de signalement des SMS et appels frauduleux : transférez le SMS sans commentaire, puis répondez à ses questions. Répondre « STOP » ne sert que pour la publicité. Règle : SMS d’arnaque, transfert au 33 700, puis suppression.",
        en = "33700 is the free French platform for reporting scam texts and calls: forward the text with no comment, then answer its questions. Replying “STOP” only works for advertising. Rule: forward a scam text to 33700, then delete it.",
      },
      source = "DGCCRF, « SMS et appels indésirables : le 33 700 facilite le signalement » : https://www.economie.gouv.fr/dgccrf/sms-et-appels-indesirables-le-33-700-facilite-le-signalement-des-numeros-frauduleux",
      time = 25,
    },
    {
      id = "it-support-chat",
      kind = "hotspot",
      prompt = {
        fr = "Ce message arrive dans la messagerie de l’entreprise. Touchez ce qui doit vous alerter.",
        en = "This message arrives in the company chat. Tap what should make you suspicious.",
      },
      chat = {
        app = "Atelier Morel",
        channel = { fr = "Message direct", en = "Direct message" },
        from = {
          name = { fr = "Support IT", en = "IT Support" },
          detail = { fr = "Externe", en = "External" },
          clue = { fr = "Un compte externe qui se dit « support » de l’entreprise.", en = "An external account calling itself the company’s “support”." },
        },
        date = "10:41",
        messages = {
          { fr = "Bonjour, mise à jour de sécurité en cours sur votre poste.", en = "Hello, a security update is running on your computer." },
          {
            text = { fr = "Installez l’outil de prise en main ci-dessous.", en = "Install the remote-access tool below." },
            clue = { fr = "Un outil de prise en main donne votre poste à l’escroc.", en = "A remote-access tool hands your computer to the scammer." },
          },
          {
            text = { fr = "Puis donnez-moi le code à 6 chiffres que vous allez recevoir.", en = "Then give me the 6-digit code you are about to receive." },
            clue = { fr = "Un code reçu ne se donne à personne.", en = "A code you receive is given to nobody." },
          },
        },
        links = {
          {
            text = "assist-poste.example/outil",
            url = "https://assist-poste.example/outil.exe",
            clue = { fr = "Un programme à télécharger depuis un site inconnu.", en = "A program to download from an unknown site." },
          },
        },
      },
      explain = {
        fr = "Le faux support veut vous faire installer un outil de prise en main à distance, puis obtenir un code : il aurait votre poste et votre compte. Règle : rappelez votre informatique sur le numéro que vous connaissez avant d’installer quoi que ce soit.",
        en = "The fake support wants you to install a remote-access tool, then to hand over a code: they would then control your computer and your account. Rule: before installing anything, call your IT people on the number you know.",
      },
      source = "Gendarmerie nationale, mémento « L’arnaque au faux support technique » : https://ops.gcommegendarme.fr/memento-police-judiciaire/l-arnaque-au-faux-support-technique",
      time = 50,
    },
    {
      id = "mfa-push",
      kind = "hotspot",
      prompt = {
        fr = "Au réveil, Camille trouve cette notification. Elle ne se connectait à rien. Touchez ce qui doit l’alerter.",
        en = "Camille wakes up to this notification. She was not signing in to anything. Tap what should worry her.",
      },
      notification = {
        app = "SecurAuth",
        date = {
          text = "02:14",
          clue = { fr = "Envoyée à 2 h 14 : Camille dormait.", en = "Sent at 2:14 am: Camille was asleep." },
        },
        title = { fr = "Approuver la connexion ?", en = "Approve sign-in?" },
        body = {
          "c.ferrand@atelier-morel.example",
          {
            text = { fr = "Lieu : Vancouver, Canada", en = "Location: Vancouver, Canada" },
            clue = { fr = "Un lieu où Camille n’est pas.", en = "A place where Camille is not." },
          },
          {
            text = { fr = "3ᵉ demande en 2 minutes", en = "3rd request in 2 minutes" },
            clue = { fr = "Des demandes en rafale pour la faire céder.", en = "A burst of requests to wear her down." },
          },
        },
        actions = { { fr = "Refuser", en = "Deny" }, { fr = "Approuver", en = "Approve" } },
      },
      explain = {
        fr = "Une demande arrive quand quelqu’un tape le bon mot de passe : l’attaquant l’a déjà et vous bombarde de notifications jusqu’à ce que vous approuviez, par erreur ou par lassitude. Règle : une demande que vous n’avez pas lancée, on la refuse et on prévient l’informatique.",
        en = "A request arrives when someone types the right password: the attacker already has it and bombards you with notifications until you approve, by mistake or out of weariness. Rule: deny any request you did not start, and tell IT.",
      },
      source = "CISA, « Implementing Number Matching in MFA Applications » : https://www.cisa.gov/sites/default/files/publications/fact-sheet-implement-number-matching-in-mfa-applications-508c.pdf",
      time = 45,
    },
    {
      id = "push-or-not",
      kind = "game",
      prompt = {
        fr = "Des demandes de connexion arrivent. Approuvez seulement celles que vous venez de lancer vous-même.",
        en = "Sign-in requests arrive. Approve only the ones you have just started yourself.",
      },
      time = 150,
      init = function()
        cards = CARDS
        at, picks, verdict, verdict_until, clock, over = 1, {}, nil, 0, 0, false
      end,
      update = function(dt)
        clock = clock + dt
        if verdict ~= nil and clock >= verdict_until then
          verdict = nil
          at = at + 1
          if at > #cards then
            over = true
          end
        end
        return over
      end,
      input = function(e)
        if over then return true end
        if e.type == "key" then
          if e.key == "a" or e.key == "1" then return choose(true) end
          if e.key == "r" or e.key == "2" then return choose(false) end
        elseif e.type == "press" and e.y >= BTN_Y and e.y < BTN_Y + BTN_H then
          if e.x >= APPROVE_X and e.x < APPROVE_X + BTN_W then return choose(true) end
          if e.x >= REFUSE_X and e.x < REFUSE_X + BTN_W then return choose(false) end
        end
        return false
      end,
      draw = function(g)
        local n = math.min(at, #cards)
        local c = cards[n]
        g.text({ fr = "Approuvez seulement ce que vous venez de lancer vous-même", en = "Approve only what you have just started yourself" },
          30, 8, 1140, 48, { size = 32, bold = true, align = "center" })
        g.text({ fr = "Demande " .. n .. " sur " .. #cards, en = "Request " .. n .. " of " .. #cards },
          40, 58, 500, 40, { size = 28, color = "muted" })
        g.text({ fr = "R : refuser · A : approuver", en = "R: deny · A: approve" },
          660, 58, 500, 40, { size = 28, color = "muted", align = "right" })
        -- Left: what you are doing right now.
        g.panel(40, 105, 540, 340, "panel-hi")
        g.text({ fr = "En ce moment", en = "Right now" }, 70, 120, 480, 44, { size = 30, bold = true, color = "accent" })
        g.text(c.doing, 70, 170, 480, 260, { size = 36 })
        -- Right: the phone's notification.
        g.panel(620, 105, 540, 340, "bg")
        g.circle(678, 160, 30, "#3b6fd8")
        g.text("S", 648, 130, 60, 60, { size = 34, bold = true, align = "center", valign = "middle", color = "#ffffff" })
        g.text("SecurAuth", 725, 135, 400, 50, { size = 32, bold = true })
        g.text({ fr = "Approuver la connexion ?", en = "Approve sign-in?" }, 650, 210, 480, 50, { size = 34, bold = true })
        g.text(c.push, 650, 270, 480, 160, { size = 34 })
        -- The two buttons, or the verdict on the last choice.
        if verdict == nil then
          g.panel(REFUSE_X, BTN_Y, BTN_W, BTN_H, "panel-hi")
          g.text({ fr = "Refuser (R)", en = "Deny (R)" }, REFUSE_X, BTN_Y, BTN_W, BTN_H, { size = 28, bold = true, align = "center", valign = "middle" })
          g.panel(APPROVE_X, BTN_Y, BTN_W, BTN_H, "accent")
          g.text({ fr = "Approuver (A)", en = "Approve (A)" }, APPROVE_X, BTN_Y, BTN_W, BTN_H, { size = 28, bold = true, align = "center", valign = "middle", color = "ink" })
        else
          g.panel(40, BTN_Y, 1120, BTN_H, verdict and "right" or "wrong")
          local head = verdict and { fr = "Bien vu. ", en = "Well spotted. " } or { fr = "Attention. ", en = "Careful. " }
          g.text(g.tr(head) .. g.tr(c.why), 70, BTN_Y, 1060, BTN_H, { size = 30, valign = "middle", color = "text" })
        end
      end,
      finish = function(timeout)
        local right, items = 0, {}
        for i, c in ipairs(cards) do
          local p = picks[i]
          local ok = (p ~= nil and p == c.mine)
          if ok then right = right + 1 end
          local said
          if p == nil then
            said = { fr = " (sans réponse)", en = " (no answer)" }
          elseif p then
            said = { fr = " (approuvée)", en = " (approved)" }
          else
            said = { fr = " (refusée)", en = " (denied)" }
          end
          if not ok then -- the list shows the mistakes; the summary counts the rest
            items[#items + 1] = {
              text = { fr = c.push.fr .. said.fr, en = c.push.en .. said.en },
              ok = false,
              why = c.why,
            }
          end
        end
        return {
          credit = right / #cards,
          summary = { fr = right .. " demandes sur " .. #cards .. " bien traitées", en = right .. " of " .. #cards .. " requests handled correctly" },
          items = items,
        }
      end,
      explain = {
        fr = "On n’approuve que la demande qu’on vient de lancer soi-même : même moment, même service, même code. Une ville ou un service familiers ne suffisent pas. Règle : pas lancée par vous, refusée.",
        en = "Approve only the request you have just started yourself: same moment, same service, same code. A familiar city or service is not enough. Rule: if you did not start it, deny it.",
      },
      source = "CISA, « Implementing Number Matching in MFA Applications » : https://www.cisa.gov/sites/default/files/publications/fact-sheet-implement-number-matching-in-mfa-applications-508c.pdf",
    },
    {
      id = "after-refusal",
      kind = "choice",
      prompt = {
        fr = "Camille a refusé ces demandes de la nuit. Que doit-elle faire maintenant ?",
        en = "Camille denied the night’s requests. What should she do now?",
      },
      choices = {
        { fr = "Prévenir l’informatique et changer son mot de passe", en = "Tell IT and change her password" },
        { fr = "Rien : elle a refusé, l’attaque a échoué", en = "Nothing: she denied them, the attack failed" },
        { fr = "Désactiver la validation sur téléphone, trop gênante", en = "Turn off phone approval, it is too much hassle" },
        { fr = "Approuver la prochaine pour voir qui c’est", en = "Approve the next one to see who it is" },
      },
      correct = 1,
      explain = {
        fr = "Ces demandes n’arrivent qu’après un mot de passe correct : quelqu’un le connaît et réessaiera. Le changer ferme la porte, et l’informatique peut vérifier les autres comptes. La validation sur téléphone, elle, vient de la protéger. Règle : demande inattendue refusée, mot de passe changé, informatique prévenue.",
        en = "These requests only come after a correct password: someone knows it and will try again. Changing it shuts the door, and IT can check other accounts. And phone approval is what just protected her. Rule: deny the unexpected request, change the password, tell IT.",
      },
      source = "CISA, « Implementing Number Matching in MFA Applications » : https://www.cisa.gov/sites/default/files/publications/fact-sheet-implement-number-matching-in-mfa-applications-508c.pdf",
      time = 30,
    },
  },
}
