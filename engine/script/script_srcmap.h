/* script_srcmap.h — internal to script/: where each table constructor of a level's source is,
 * and the line of each of its entries, so that a message names the line of the field it is
 * about. A small Lua lexer in pure C (no Lua), linear in the source. Tables built by code
 * (loops, function calls) have no node: the reader then falls back on a search by name.
 */
#ifndef VIGIE_SCRIPT_SRCMAP_H
#define VIGIE_SCRIPT_SRCMAP_H

#include <stddef.h>

typedef struct script_srcmap script_srcmap;

/* Maps src[0..len) (a chunk Lua has already compiled), which must outlive the map: names are
 * compared in it. NULL when out of memory. */
script_srcmap *script_srcmap_build(const char *src, size_t len);
void script_srcmap_free(script_srcmap *m);

/* Nodes are table constructors, numbered from 1; 0 means "no node". */

/* The level's table: the constructor right after the chunk's last top-level `return`, else
 * the first one with a `questions =` entry; 0 when there is none. */
int script_srcmap_root(const script_srcmap *m);
/* Line of the opening brace of node (0 for no node). */
int script_srcmap_line(const script_srcmap *m, int node);
/* Line of the entry `name = …` or `["name"] = …` of node, 0 when it has none. */
int script_srcmap_field_line(const script_srcmap *m, int node, const char *name);
/* The constructor that is the value of that entry, 0 when the value is not a literal `{`. */
int script_srcmap_field_node(const script_srcmap *m, int node, const char *name);
/* Line of the k-th positional entry (from 1) of node, 0 when it has none. */
int script_srcmap_item_line(const script_srcmap *m, int node, size_t k);
/* The constructor that is the k-th positional entry, 0 when it is not a literal `{`. */
int script_srcmap_item_node(const script_srcmap *m, int node, size_t k);

#endif
