/* cmd_build.c: `stardust-build MANIFEST` (and --check): load the manifest, build the image
 * through build_image (build.h), report in text or JSON. Every error is printed, not only the
 * first; the exit status says whether an image was written. */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "cli.h"
#include "manifest.h"
#include "msg.h"

#define ERRBUF_SIZE (64u << 10)

/* "image.sd" in the directory of the manifest's path as written (so messages show the path
 * the way the user typed it). */
static char *default_out_path(const char *manifest)
{
    const char *slash = strrchr(manifest, '/');
    size_t dirlen = slash ? (size_t)(slash - manifest) + 1 : 0;
    char *out = malloc(dirlen + sizeof "image.sd");
    if (!out)
        return NULL;
    memcpy(out, manifest, dirlen);
    memcpy(out + dirlen, "image.sd", sizeof "image.sd");
    return out;
}

static struct json_object *string_array(char **v, size_t n)
{
    struct json_object *a = json_object_new_array();
    for (size_t i = 0; i < n; i++)
        json_object_array_add(a, json_object_new_string(v[i]));
    return a;
}

/* The manifest's errors: one per line in err. Printed, and in JSON when asked. */
static int manifest_failed(const struct cli *cli, char *err)
{
    struct json_object *errors = json_object_new_array();
    for (char *line = strtok(err, "\n"); line; line = strtok(NULL, "\n")) {
        msg_diag(line);
        json_object_array_add(errors, json_object_new_string(line));
    }
    if (cli->json) {
        struct json_object *o = json_object_new_object();
        json_object_object_add(o, "ok", json_object_new_boolean(0));
        json_object_object_add(o, "manifest_file", json_object_new_string(cli->target));
        json_object_object_add(o, "errors", errors);
        json_object_object_add(o, "warnings", json_object_new_array());
        cli_print_json(o);
        json_object_put(o);
    } else {
        json_object_put(errors);
    }
    return EXIT_BUILD_FAILED;
}

/* --check: the manifest is fine; show what it means. */
static int report_check(const struct cli *cli, const struct manifest *m)
{
    struct json_object *nm = manifest_to_json(m);
    if (cli->json) {
        struct json_object *o = json_object_new_object();
        json_object_object_add(o, "ok", json_object_new_boolean(1));
        json_object_object_add(o, "manifest_file", json_object_new_string(cli->target));
        json_object_object_add(o, "manifest", nm);
        cli_print_json(o);
        json_object_put(o);
        return EXIT_BUILD_OK;
    }
    if (cli->verbosity >= 0)
        printf("%s: ok: %s %s, main class %s, %zu class path entr%s, %zu resource%s\n",
               cli->target, m->name, m->version, m->main, m->nclasspath,
               m->nclasspath == 1 ? "y" : "ies", m->nresources, m->nresources == 1 ? "" : "s");
    json_object_put(nm);
    return EXIT_BUILD_OK;
}

static void show_progress(const char *step, double fraction, void *ctx)
{
    const struct cli *cli = ctx;
    static char last[64];
    if (isatty(STDERR_FILENO)) {
        msg_progress(step, fraction);
    } else if (cli->verbosity > 0 && strcmp(last, step) != 0) {
        snprintf(last, sizeof last, "%s", step);
        fprintf(stderr, "stardust-build: %s\n", step);
    }
}

static struct json_object *report_json(const struct cli *cli, const char *out, int ok,
                                       const struct build_report *r, const struct manifest *m)
{
    struct json_object *o = json_object_new_object(), *sizes, *classes;
    json_object_object_add(o, "ok", json_object_new_boolean(ok));
    json_object_object_add(o, "manifest_file", json_object_new_string(cli->target));
    if (ok) {
        sizes = json_object_new_object();
        classes = json_object_new_object();
        json_object_object_add(sizes, "image", json_object_new_int64((int64_t)r->image_size));
        json_object_object_add(sizes, "kernel", json_object_new_int64((int64_t)r->kernel_size));
        json_object_object_add(sizes, "rootfs", json_object_new_int64((int64_t)r->rootfs_size));
        json_object_object_add(classes, "app", json_object_new_int64((int64_t)r->app_classes));
        json_object_object_add(classes, "classlib",
                               json_object_new_int64((int64_t)r->classlib_classes));
        json_object_object_add(o, "image", json_object_new_string(out));
        json_object_object_add(o, "digest", json_object_new_string(r->digest));
        json_object_object_add(o, "sizes", sizes);
        json_object_object_add(o, "classes", classes);
        json_object_object_add(o, "resources", json_object_new_int64((int64_t)r->resources));
        json_object_object_add(o, "manifest", manifest_to_json(m));
    }
    json_object_object_add(o, "errors", string_array(r->errors, r->nerrors));
    json_object_object_add(o, "warnings", string_array(r->warnings, r->nwarnings));
    return o;
}

static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

static void report_text(const char *out, const struct build_report *r)
{
    printf("%s: %llu bytes, sha256 %s\n", out, (unsigned long long)r->image_size, r->digest);
    printf("  kernel %llu bytes, root filesystem %llu bytes: %zu application %s, "
           "%zu class library %s, %zu %s\n",
           (unsigned long long)r->kernel_size, (unsigned long long)r->rootfs_size,
           r->app_classes, plural(r->app_classes, "class", "classes"), r->classlib_classes,
           plural(r->classlib_classes, "class", "classes"), r->resources,
           plural(r->resources, "resource", "resources"));
}

static int run_build(const struct cli *cli, const struct manifest *m, const char *out)
{
    struct build_options o = {
        .out_path = out, .allow_missing = cli->allow_missing,
        .components_dir = cli->components_dir,
        .progress = (cli->verbosity >= 0 && !cli->json) || cli->verbosity > 0 ? show_progress : NULL,
        .progress_ctx = (void *)cli,
    };
    struct build_report r;
    memset(&r, 0, sizeof r);
    int ok = build_image(m, &o, &r) == 0;
    msg_progress_end();
    for (size_t i = 0; i < r.nerrors; i++)
        msg_diag(r.errors[i]);
    for (size_t i = 0; i < r.nwarnings; i++)
        msg_warn("%.*s", (int)strcspn(r.warnings[i], "\n"), r.warnings[i]);
    if (cli->json) {
        struct json_object *j = report_json(cli, out, ok, &r, m);
        cli_print_json(j);
        json_object_put(j);
    } else if (ok && cli->verbosity >= 0) {
        report_text(out, &r);
    }
    if (!ok && r.nerrors == 0)         /* the back end owes us a reason; never fail silently */
        msg_error("building %s failed", out);
    build_report_free(&r);
    return ok ? EXIT_BUILD_OK : EXIT_BUILD_FAILED;
}

int cmd_build(const struct cli *cli)
{
    struct manifest m;
    char *err = malloc(ERRBUF_SIZE), *out = NULL;
    int rc;
    if (!err) {
        msg_error("out of memory");
        return EXIT_BUILD_FAILED;
    }
    if (manifest_load(cli->target, &m, err, ERRBUF_SIZE) != 0) {
        rc = manifest_failed(cli, err);
        goto out;
    }
    if (cli->command == CMD_CHECK) {
        rc = report_check(cli, &m);
    } else if (!(out = cli->out_path ? strdup(cli->out_path) : default_out_path(cli->target))) {
        msg_error("out of memory");
        rc = EXIT_BUILD_FAILED;
    } else {
        rc = run_build(cli, &m, out);
    }
    manifest_free(&m);
out:
    free(out);
    free(err);
    return rc;
}
