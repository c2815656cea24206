/* test_stand_cli.c — the stand's kiosk from the command line: `vigie settings` keeps its values
 * and refuses bad ones, a kiosk does not start without an operator PIN or on a pack that is not
 * there, and a kiosk stops cleanly on SIGTERM (systemd's stop, a terminal's kill). */
#include "../common.h"

#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BIN VIGIE_BIN
#define SRC VIGIE_SOURCE_DIR

static char dir[64], db[128];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/vigie-stand-cli-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/vigie.db", dir);
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

TestSuite(stand_cli, .init = setup, .fini = teardown);

static int vigie(const char *args, const char **out)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' %s 2>&1", SRC, BIN, args);
    return run_capture(cmd, out);
}

static int vigie_db(const char *args, const char **out)
{
    char a[1024];
    snprintf(a, sizeof a, "%s --db '%s'", args, db);
    return vigie(a, out);
}

Test(stand_cli, settings_keep_the_kiosks_values_and_refuse_bad_ones)
{
    const char *out;
    /* nothing made by reading */
    cr_assert_eq(vigie_db("settings", &out), 0, "%s", out);
    cr_assert(strstr(out, "operator-pin  (not set)"), "%s", out);
    struct stat st;
    cr_assert_neq(stat(db, &st), 0, "listing made the database");

    cr_assert_eq(vigie_db("settings operator-pin 2468", &out), 0, "%s", out);
    cr_assert_eq(vigie_db("settings kiosk on", &out), 0, "%s", out);
    cr_assert_eq(vigie_db("settings idle-reset 60", &out), 0, "%s", out);
    cr_assert_eq(vigie_db("settings help-url https://17cyber.gouv.fr", &out), 0, "%s", out);
    cr_assert_eq(vigie_db("settings", &out), 0, "%s", out);
    cr_assert(strstr(out, "kiosk         on"), "%s", out);
    cr_assert(strstr(out, "idle-reset    60"), "%s", out);
    cr_assert(strstr(out, "help-url      https://17cyber.gouv.fr"), "%s", out);
    cr_assert(strstr(out, "operator-pin  (set)"), "%s", out);
    cr_assert_null(strstr(out, "2468"), "the PIN is never shown:\n%s", out);

    /* refused, and the kept value stays */
    static const char *const bad[] = {
        "settings operator-pin 12",          "settings operator-pin 12ab",
        "settings operator-pin 123456789",   "settings idle-reset 5",
        "settings idle-reset soon",          "settings kiosk yes",
        "settings help-url ftp://x.example", "settings help-url javascript:alert(1)",
        "settings kiosk-pack ../etc",        "settings no-such-key 1",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_eq(vigie_db(bad[i], &out), 2, "%s: %s", bad[i], out);
    cr_assert_eq(vigie_db("settings idle-reset", &out), 0);
    cr_assert(strstr(out, "60"), "%s", out);
    cr_assert_eq(vigie_db("settings one two three", &out), 2, "%s", out);

    cr_assert_eq(vigie_db("settings kiosk --unset", &out), 0, "%s", out);
    cr_assert_eq(vigie_db("settings kiosk", &out), 0);
    cr_assert(strstr(out, "(not set)"), "%s", out);
}

Test(stand_cli, a_kiosk_does_not_start_without_a_pin_or_its_pack)
{
    const char *out;
    cr_assert_eq(vigie_db("--kiosk --levels levels", &out), 2, "%s", out);
    cr_assert(strstr(out, "--operator-pin"), "the message says how to give one:\n%s", out);
    /* the kept setting asks for a kiosk: the same refusal; --no-kiosk overrides it */
    cr_assert_eq(vigie_db("settings kiosk on", &out), 0, "%s", out);
    cr_assert_eq(vigie_db("--levels levels", &out), 2, "%s", out);
    cr_assert_eq(vigie_db("--kiosk --operator-pin 2468 --kiosk-pack nope --levels levels", &out), 2,
                 "%s", out);
    cr_assert(strstr(out, "\"nope\"") && strstr(out, "stand"), "it names the packs:\n%s", out);
    cr_assert_eq(vigie_db("--kiosk --operator-pin 24", &out), 2, "%s", out);
    cr_assert_eq(vigie_db("--kiosk --idle-reset 2 --operator-pin 2468", &out), 2, "%s", out);
    cr_assert_eq(vigie_db("--kiosk --no-kiosk", &out), 2, "%s", out);
    cr_assert_eq(vigie_db("--kiosk --open levels/stand/le-bon-numero.lua", &out), 2, "%s", out);
}

/* Whether pid handles signal sig (its SigCgt mask in /proc): the kiosk is up once SDL's
 * handler is in place. */
static bool catches(pid_t pid, int sig)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f) return false;
    bool yes = false;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "SigCgt:", 7)) {
            unsigned long long mask = strtoull(line + 7, NULL, 16);
            yes = (mask >> (sig - 1)) & 1;
        }
    fclose(f);
    return yes;
}

Test(stand_cli, a_kiosk_stops_cleanly_on_sigterm, .timeout = 120)
{
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        if (chdir(SRC) != 0) _exit(99);
        freopen("/dev/null", "w", stdout);
        execl(BIN, BIN, "--kiosk", "--operator-pin", "2468", "--db", db, "--levels", "levels",
              "--size", "1024x768", (char *)NULL);
        _exit(98);
    }
    /* up: its signal handler in place (no sleep guessed: a loaded machine only waits longer) */
    struct timespec pause = {0, 20 * 1000 * 1000};
    int polls = 0;
    while (!catches(pid, SIGTERM) && polls++ < 3000) nanosleep(&pause, NULL);
    cr_assert(catches(pid, SIGTERM), "the kiosk never came up");
    kill(pid, SIGTERM);
    int status = 0;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status), "killed by a signal instead of stopping (status %d)", status);
    cr_assert_eq(WEXITSTATUS(status), 0, "exit status %d", WEXITSTATUS(status));
    struct stat st;
    cr_assert_eq(stat(db, &st), 0, "the results database was made");
}
