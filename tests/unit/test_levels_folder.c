/* test_levels_folder.c — how the app finds levels in a folder: a lone level's pack is named
 * after its folder whatever the current folder, and the walk never follows a symbolic link out
 * of the levels folder. */
#define _DEFAULT_SOURCE /* mkdtemp */
#include "app/app.h"

#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[] = "/tmp/vigie-levels-folder-XXXXXX";

static void write_level(const char *path)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs("return { id = \"lone\", title = \"Lone\", questions = { { id = \"q\", kind = "
          "\"truefalse\", prompt = \"Vrai ?\", answer = true, explain = \"Oui.\" } } }\n",
          f);
    fclose(f);
}

Test(levels_folder, a_lone_levels_pack_is_its_folders_name_from_anywhere)
{
    cr_assert_not_null(mkdtemp(root));
    char dir[PATH_MAX], file[PATH_MAX + 16], cwd[PATH_MAX], id[128];
    snprintf(dir, sizeof dir, "%s/atelier-pme", root);
    cr_assert_eq(mkdir(dir, 0755), 0);
    snprintf(file, sizeof file, "%s/lone.lua", dir);
    write_level(file);
    cr_assert_not_null(getcwd(cwd, sizeof cwd));

    cr_assert_eq(chdir(dir), 0); /* from inside the folder */
    app_pack_id("lone.lua", id, sizeof id);
    cr_assert_str_eq(id, "atelier-pme");
    cr_assert_eq(chdir(root), 0); /* from its parent */
    app_pack_id("atelier-pme/lone.lua", id, sizeof id);
    cr_assert_str_eq(id, "atelier-pme");
    app_pack_id(file, id, sizeof id); /* by its full path */
    cr_assert_str_eq(id, "atelier-pme");
    cr_assert_eq(chdir(cwd), 0);
}

Test(levels_folder, the_walk_does_not_follow_a_symbolic_link_to_another_folder)
{
    cr_assert_not_null(mkdtemp(root));
    char levels[PATH_MAX], outside[PATH_MAX], link[PATH_MAX + 16], file[PATH_MAX + 16];
    snprintf(levels, sizeof levels, "%s/levels", root);
    snprintf(outside, sizeof outside, "%s/outside", root);
    cr_assert_eq(mkdir(levels, 0755), 0);
    cr_assert_eq(mkdir(outside, 0755), 0);
    snprintf(file, sizeof file, "%s/lone.lua", outside);
    write_level(file);
    snprintf(link, sizeof link, "%s/linked", levels);
    cr_assert_eq(symlink(outside, link), 0);
    app_levels lv;
    app_levels_load(&lv, levels, 1);
    size_t n = 0;
    for (size_t p = 0; p < lv.npacks; p++) n += lv.packs[p].nlevels;
    cr_assert_eq(n, 0, "the linked folder's level was not loaded");
    app_levels_unload(&lv);
}
