/* input_pads.c — gamepads and USB buzzers opened and closed as SDL reports them. Stub: filled
 * in by issue 15's duels. */
#include "input.h"

#include <SDL.h>

void input_pads_event(const SDL_Event *ev)
{
    (void)ev;
}
void input_pads_close_all(void)
{
}
int input_pads_count(void)
{
    return 0;
}
