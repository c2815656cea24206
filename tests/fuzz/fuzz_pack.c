/* fuzz_pack.c — `vigie install` under attack by a fuzzer (`make fuzz`, libFuzzer with ASan and
 * UBSan): the input is a .vigie file (seeded with one `vigie pack` made), installed into a
 * folder of the fuzzer's own. Whatever the bytes: no crash, no read out of bounds, no hang; a
 * refusal says why and leaves nothing written; an install puts the pack in one folder of the
 * installed packs' folder and nowhere else, and uninstalling it leaves that folder empty. */
#include "app/app.h"
#include "app/app_pack.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char root[64], file[96], levels[128];

static void remove_all(void)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) fprintf(stderr, "fuzz_pack: could not remove %s\n", root);
}

static void set_up(void)
{
    snprintf(root, sizeof root, "%s/vigie-fuzz-pack-XXXXXX",
             access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
    if (!mkdtemp(root)) abort();
    atexit(remove_all);
    char xdg[96], shipped[96];
    snprintf(xdg, sizeof xdg, "%s/xdg", root);
    snprintf(shipped, sizeof shipped, "%s/shipped", root); /* no pack ships here */
    snprintf(file, sizeof file, "%s/in.vigie", root);
    if (mkdir(xdg, 0755) || mkdir(shipped, 0755)) abort();
    setenv("XDG_DATA_HOME", xdg, 1);
    setenv("VIGIE_LEVELS", shipped, 1);
    snprintf(levels, sizeof levels, "%s", app_installed_levels_dir());
}

/* How many entries the folder holds, every depth (a missing folder holds none). */
static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char sub[1024];
        snprintf(sub, sizeof sub, "%s/%s", dir, e->d_name);
        struct stat st;
        n += 1 + (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode) ? entries(sub) : 0);
    }
    closedir(d);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!root[0]) set_up();
    FILE *f = fopen(file, "wb");
    if (!f) abort();
    size_t put = fwrite(data, 1, size, f);
    fclose(f);
    if (put != size) return 0;
    char xdg[96];
    snprintf(xdg, sizeof xdg, "%s/xdg", root);
    int before = entries(xdg);
    app_pack_installed res;
    char err[4096] = "";
    FILE *sink = fopen("/dev/null", "w");
    app_pack_error st = app_pack_install(file, GAME_LANG_EN, sink, &res, err, sizeof err);
    if (sink) fclose(sink);
    if (st != APP_PACK_OK) {
        if (!err[0]) abort(); /* a refusal says why */
        if (entries(xdg) != before) {
            fprintf(stderr, "a refused install left something written: %s\n", err);
            abort();
        }
        return 0;
    }
    /* installed: one folder, named after the pack, in the installed packs' folder */
    if (!app_pack_id_valid(res.id) || entries(levels) < 2) abort();
    char where[256];
    snprintf(where, sizeof where, "%s/%s", levels, res.id);
    struct stat sb;
    if (lstat(where, &sb) != 0 || !S_ISDIR(sb.st_mode)) abort();
    if (app_pack_uninstall(res.id, err, sizeof err) != APP_PACK_OK) abort();
    if (entries(levels) != 0) {
        fprintf(stderr, "uninstall left something in %s\n", levels);
        abort();
    }
    return 0;
}
