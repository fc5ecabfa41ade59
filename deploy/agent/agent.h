/* agent.h: what every part of stardust-agent shares: its configuration, the service layer
 * (deploy/lib/service.h) and a few counters. One instance, made by main.c. */
#ifndef SD_AGENT_AGENT_H
#define SD_AGENT_AGENT_H
#include <stdatomic.h>
#include <stdint.h>

#include "config.h"
#include "service.h"

#define AGENT_VERSION "0.1.0"

struct agent {
    const struct agent_config *cfg;
    sd_service *svc;
    int64_t started_ns;
    atomic_uint uploads;        /* uploads in flight (limit cfg->max_uploads) */
    atomic_ullong upload_bytes; /* image bytes received since start (health: "upload_bytes") */
};

#endif
