/*
 * runstat.c - run one command, report what it cost (helper for bench/run).
 *
 * usage: runstat TIMEOUT_SECONDS COMMAND [ARG...]
 * prints: WALL_MS CPU_MS MAXRSS_KIB EXIT
 *   WALL_MS     monotonic time from just before fork to the child's exit
 *   CPU_MS      user + system CPU of the child, all its threads (wait4)
 *   MAXRSS_KIB  the child's peak resident set size (ru_maxrss = VmHWM)
 *   EXIT        exit status; 128+N if killed by signal N; 124 on timeout
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
}

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double tv_ms(struct timeval tv)
{
    return tv.tv_sec * 1e3 + tv.tv_usec / 1e3;
}

int main(int argc, char **argv)
{
    struct sigaction sa;
    struct rusage ru;
    double start, end;
    int status = 0;
    int code;
    pid_t pid;

    if (argc < 3) {
        fprintf(stderr, "usage: runstat TIMEOUT_SECONDS COMMAND [ARG...]\n");
        return 2;
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART: wait4 returns EINTR */
    sigaction(SIGALRM, &sa, NULL);

    start = now_ms();
    pid = fork();
    if (pid < 0) {
        perror("runstat: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "runstat: %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    alarm((unsigned)atoi(argv[1]));
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("runstat: wait4");
            return 2;
        }
        if (timed_out) kill(pid, SIGKILL);
    }
    end = now_ms();
    alarm(0);

    if (timed_out)
        code = 124;
    else if (WIFEXITED(status))
        code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        code = 128 + WTERMSIG(status);
    else
        code = 1;
    printf("%.3f %.3f %ld %d\n", end - start, tv_ms(ru.ru_utime) + tv_ms(ru.ru_stime), ru.ru_maxrss,
           code);
    return 0;
}
