/* The operating system's floor for a local round trip: two processes echo 100 bytes over a socketpair.
 *
 *     cc -O2 -o pingpong pingpong.c && ./pingpong block|poll N
 *
 * `block`: read() sleeps until data arrives (the peer on another core must be woken: an inter-processor
 * interrupt); `poll`: recv(MSG_DONTWAIT) in a loop (no sleep, no wake-up). Prints the N round-trip times in
 * nanoseconds as one JSON array (benches/workers.py turns them into the `floor-c-*` rows). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int polling;

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static ssize_t rd(int fd, char *b, size_t n) {
    if (!polling) return read(fd, b, n);
    for (;;) {
        ssize_t r = recv(fd, b, n, MSG_DONTWAIT);
        if (r >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) return r;
    }
}

int main(int argc, char **argv) {
    if (argc != 3 || (strcmp(argv[1], "block") && strcmp(argv[1], "poll"))) {
        fprintf(stderr, "usage: %s block|poll N\n", argv[0]);
        return 2;
    }
    polling = strcmp(argv[1], "poll") == 0;
    int n = atoi(argv[2]);
    int sv[2];
    char buf[128] = {0};
    if (n <= 0 || socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return 2;
    pid_t pid = fork();
    if (pid == 0) {
        close(sv[0]);
        for (;;) {
            ssize_t r = rd(sv[1], buf, 100);
            if (r <= 0) _exit(0);
            if (write(sv[1], buf, (size_t)r) != r) _exit(1);
        }
    }
    close(sv[1]);
    long long *lat = malloc(sizeof(long long) * (size_t)n);
    for (int i = -200; i < n; i++) { /* 200 warm-up round trips */
        long long t = now_ns();
        if (write(sv[0], buf, 100) != 100) return 1;
        ssize_t got = 0;
        while (got < 100) {
            ssize_t r = rd(sv[0], buf, (size_t)(100 - got));
            if (r <= 0) return 1;
            got += r;
        }
        if (i >= 0) lat[i] = now_ns() - t;
    }
    close(sv[0]);
    printf("[");
    for (int i = 0; i < n; i++) printf(i ? ",%lld" : "%lld", lat[i]);
    printf("]\n");
    return 0;
}
