/* script_picture.h — internal to script/: a level's pictures checked by their header while the
 * level is read (game/game_picture.h), so that a picture no screen could draw safely is a level
 * error with its file and line, in the game and in `vigie check`.
 */
#ifndef VIGIE_SCRIPT_PICTURE_H
#define VIGIE_SCRIPT_PICTURE_H

#include "script_reader.h"

/* A picture's file name on top (image =, or one of images =): its header first, then
 * script_reader_picture (the name's rules, its path into *out). A file that is there but not a
 * regular file, over 16 MiB, neither PNG nor JPEG by its content, broken, or over 4096 pixels a
 * side fails the level; a missing file stays a warning (a placeholder). *px gets its decoded
 * pixels (0 when missing).   [-0, +0] */
bool script_picture_read(script_reader *r, int line, const char *what, const char *field,
                         char **out, uint64_t *px);
/* The decoded pixels of the picture at path as its header says; 0 when it is not one. */
uint64_t script_picture_pixels(const char *path);

#endif
