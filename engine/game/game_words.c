/* game_words.c — the engine's own short lists for the password estimator: passwords
 * people really use, and everyday French and English words (lower case, no accents).
 * Written for Vigie, not copied from a leak list: small on purpose, they teach the
 * patterns; a real attacker's lists are far longer, so the estimate errs on the kind side
 * for unusual words, and the feedback says so.
 */
#include "game.h"

static const char *const common[] = {
    "psg",          "root",           "tata",       "test",       "titi",       "toor",
    "toto",         "user",           "admin",      "amour",      "guest",      "paris",
    "salut",        "000000",         "101010",     "111111",     "112233",     "121212",
    "123123",       "123456",         "147258",     "159753",     "222222",     "333333",
    "444444",       "555555",         "654321",     "666666",     "696969",     "777777",
    "888888",       "999999",         "aaaaaa",     "abc123",     "azerty",     "batman",
    "cheval",       "coucou",         "doudou",     "dragon",     "france",     "invite",
    "julien",       "loulou",         "maison",     "mamour",     "master",     "monkey",
    "naruto",       "qwerty",         "secret",     "soleil",     "thomas",     "1234567",
    "bonjour",      "camille",        "caramel",    "default",    "doudou1",    "jetaime",
    "letmein",      "loveyou",        "moimeme",    "nicolas",    "pokemon",    "test123",
    "welcome",      "12345678",       "changeme",   "chocolat",   "chouchou",   "football",
    "fortnite",     "iloveyou",       "passw0rd",   "password",   "princess",   "sunshine",
    "superman",     "vacances",       "123456789",  "987654321",  "alexandre",  "azerty123",
    "bienvenue",    "marseille",      "minecraft",  "olympique",  "password1",  "princesse",
    "qwerty123",    "1234567890",     "azertyuiop", "motdepasse", "qwertyuiop", "utilisateur",
    "lemotdepasse", "administrateur",
};

static const char *const words[] = {
    "about",     "after",   "again",     "amour",    "ange",    "animal",    "annee",
    "answer",    "apple",   "apres",     "arbre",    "argent",  "automne",   "autumn",
    "avion",     "baby",    "back",      "ball",     "balle",   "banane",    "bank",
    "banque",    "bateau",  "battery",   "bear",     "beau",    "beauty",    "bebe",
    "bird",      "black",   "blanc",     "bleu",     "blue",    "boat",      "body",
    "bois",      "boite",   "bonheur",   "book",     "bouche",  "bougie",    "boulot",
    "bras",      "bread",   "brother",   "brown",    "bureau",  "butter",    "cafe",
    "cake",      "call",    "camion",    "canard",   "carte",   "castle",    "chair",
    "chaise",    "chambre", "champ",     "chance",   "chanson", "chapeau",   "chat",
    "chateau",   "chaud",   "cheese",    "chemin",   "chemise", "cheval",    "chicken",
    "chien",     "chiffre", "child",     "chocolat", "ciel",    "citron",    "city",
    "class",     "clavier", "cloud",     "coeur",    "coffee",  "colline",   "computer",
    "confiance", "cookie",  "corps",     "correct",  "couleur", "country",   "courage",
    "cousin",    "crayon",  "cuisine",   "dance",    "danse",   "dark",      "dauphin",
    "dessin",    "diamant", "dimanche",  "dinner",   "docteur", "doctor",    "dollar",
    "domaine",   "door",    "dragon",    "dream",    "droit",   "earth",     "ecole",
    "ecran",     "eleve",   "enfant",    "etoile",   "face",    "famille",   "family",
    "farm",      "father",  "femme",     "fenetre",  "ferme",   "feuille",   "fille",
    "film",      "fire",    "fish",      "fleur",    "flower",  "food",      "forest",
    "foret",     "friday",  "friend",    "fromage",  "fruit",   "game",      "garcon",
    "garden",    "gateau",  "girl",      "glace",    "gold",    "good",      "grand",
    "green",     "gris",    "guitare",   "hand",     "happy",   "heart",     "hello",
    "herbe",     "hiver",   "homme",     "hopital",  "horse",   "hotel",     "house",
    "island",    "jardin",  "jaune",     "jeudi",    "jeune",   "jouer",     "jour",
    "journal",   "jungle",  "king",      "kitchen",  "lady",    "lait",      "lampe",
    "langue",    "lapin",   "letter",    "lettre",   "liberte", "light",     "lion",
    "livre",     "loup",    "love",      "lucky",    "lumiere", "lundi",     "lune",
    "magic",     "maison",  "malade",    "manger",   "marche",  "mardi",     "mari",
    "matin",     "medecin", "mercredi",  "mere",     "midi",    "miel",      "monday",
    "monde",     "money",   "monkey",    "montagne", "moon",    "morning",   "mother",
    "mountain",  "mouton",  "music",     "musique",  "nature",  "neige",     "night",
    "noir",      "nuage",   "nuit",      "ocean",    "oiseau",  "orange",    "ordinateur",
    "oreille",   "ours",    "papa",      "paper",    "papier",  "parc",      "parent",
    "party",     "pays",    "peace",     "peche",    "pencil",  "people",    "pere",
    "petit",     "phare",   "phone",     "photo",    "piano",   "picture",   "pierre",
    "pizza",     "plage",   "planet",    "player",   "pluie",   "poisson",   "pomme",
    "pont",      "porte",   "poule",     "pretty",   "prince",  "printemps", "prix",
    "queen",     "rabbit",  "radio",     "rain",     "reine",   "renard",    "river",
    "riviere",   "road",    "robe",      "rock",     "rose",    "rouge",     "route",
    "sable",     "samedi",  "sante",     "school",   "secret",  "semaine",   "serpent",
    "shadow",    "sister",  "snow",      "soccer",   "soir",    "soleil",    "spring",
    "staple",    "star",    "sucre",     "summer",   "sunday",  "sweet",     "table",
    "tableau",   "tasse",   "telephone", "temps",    "terre",   "tiger",     "tigre",
    "time",      "tomate",  "train",     "travail",  "tree",    "tresor",    "turtle",
    "vache",     "valise",  "vendredi",  "vent",     "vert",    "ville",     "violet",
    "voiture",   "voyage",  "water",     "white",    "window",  "winter",    "wolf",
    "world",     "yellow",  "zebre",
};

void game_password_check_default(const char *pw, game_password_report *r)
{
    game_password_check(pw, common, sizeof common / sizeof *common, words,
                        sizeof words / sizeof *words, r);
}

void game_password_lists(const char *const **common_out, size_t *ncommon,
                         const char *const **words_out, size_t *nwords)
{
    *common_out = common;
    *ncommon = sizeof common / sizeof *common;
    *words_out = words;
    *nwords = sizeof words / sizeof *words;
}
