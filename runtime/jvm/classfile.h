/* classfile.h: the class file format (JVMS 8, chapter 4) parsed into plain C structures.
 *
 * This file, classfile.c and verify.c stand alone (libc only): the fuzz target links them
 * without the rest of the VM. Every read of the input is bounds-checked; constant-pool indexes that the format
 * itself contains are validated for range and tag here; indexes inside bytecode are validated by
 * the structural code check (cf_check_code) before a method ever runs.
 */
#ifndef JVM_CLASSFILE_H
#define JVM_CLASSFILE_H
#include <stddef.h>
#include <stdint.h>

enum {
    CONST_Utf8 = 1, CONST_Integer = 3, CONST_Float = 4, CONST_Long = 5, CONST_Double = 6,
    CONST_Class = 7, CONST_String = 8, CONST_Fieldref = 9, CONST_Methodref = 10,
    CONST_InterfaceMethodref = 11, CONST_NameAndType = 12, CONST_MethodHandle = 15,
    CONST_MethodType = 16, CONST_InvokeDynamic = 18
};

enum {
    ACC_PUBLIC = 0x0001, ACC_PRIVATE = 0x0002, ACC_PROTECTED = 0x0004, ACC_STATIC = 0x0008,
    ACC_FINAL = 0x0010, ACC_SYNCHRONIZED = 0x0020, ACC_SUPER = 0x0020, ACC_VOLATILE = 0x0040,
    ACC_BRIDGE = 0x0040, ACC_VARARGS = 0x0080, ACC_NATIVE = 0x0100, ACC_INTERFACE = 0x0200,
    ACC_ABSTRACT = 0x0400, ACC_STRICT = 0x0800, ACC_SYNTHETIC = 0x1000, ACC_ENUM = 0x4000
};

/* One constant-pool entry. idx1/idx2 are the entry's references (class/name_and_type,
 * name/descriptor, reference_kind/reference_index, bootstrap index/name_and_type). */
typedef struct {
    uint8_t tag;
    uint16_t idx1, idx2;
    union { int32_t i; float f; int64_t j; double d; } v;
    const char *str;   /* Utf8: NUL-terminated modified UTF-8 (never contains a 0 byte) */
    uint32_t len;      /* Utf8: length in bytes */
} cf_const;

typedef struct { uint16_t start, end, handler, catch_type; } cf_handler;
typedef struct { uint16_t pc, line; } cf_line;

typedef struct {
    uint16_t access;
    const char *name, *desc;
    uint16_t constval;          /* ConstantValue index or 0 */
} cf_field;

typedef struct {
    uint16_t access;
    const char *name, *desc;
    uint16_t max_stack, max_locals;
    uint32_t code_len;          /* 0: no Code attribute */
    const uint8_t *code;
    uint16_t nhandlers;
    cf_handler *handlers;
    uint16_t nlines;
    cf_line *lines;
} cf_method;

typedef struct {
    uint16_t method_handle;
    uint16_t nargs;
    uint16_t *args;
} cf_bootstrap;

typedef struct cf_class {
    uint16_t minor, major;
    uint16_t cp_count;
    cf_const *cp;               /* cp_count entries, [0] unused */
    uint16_t access, this_class, super_class;
    uint16_t ninterfaces;
    uint16_t *interfaces;
    uint16_t nfields, nmethods;
    cf_field *fields;
    cf_method *methods;
    const char *source_file;    /* NULL if absent */
    uint16_t nbootstrap;
    cf_bootstrap *bootstrap;
    void *arena;                /* everything above lives here; freed by cf_free */
} cf_class;

/* Error kinds, so the VM can pick the Java error to throw. */
enum { CF_OK = 0, CF_FORMAT = 1, CF_VERSION = 2, CF_VERIFY = 3, CF_NOMEM = 4 };

/* Parse data[0..len). On success returns CF_OK and *out (free with cf_free); the bytes must stay
 * alive as long as *out (code arrays point into them). On failure returns the kind, writes a
 * message to err, and allocates nothing. */
int cf_parse(const uint8_t *data, size_t len, cf_class **out, char *err, size_t errlen);
void cf_free(cf_class *c);

/* Structural check of one method's bytecode: opcodes valid, instructions and branch targets
 * within the code and on instruction boundaries, local indexes below max_locals, constant pool
 * operands in range with the right tags, handlers on boundaries. 0 when fine, else CF_VERIFY. */
int cf_check_code(const cf_class *c, const cf_method *m, char *err, size_t errlen);

/* verify.c: type inference over value kinds (int, float, long, double, reference) for one
 * method that passed cf_check_code: stack depths, operand kinds, locals, return kinds.
 * 0 when fine, else CF_VERIFY with a message. */
int cf_verify_method(const cf_class *c, const cf_method *m, char *err, size_t errlen);

/* Whether desc is a well-formed field (method=0) or method (method=1) descriptor. */
int cf_valid_descriptor(const char *desc, int method);

/* 0 when the bytes parse as a well-formed class file (format, code structure and the
 * value-kind verifier), else -1 with a message in err. Needs nothing of the VM initialised;
 * links with classfile.c and verify.c only (JVM_CLASSFILE_SRCS in jvm.mk). */
int classfile_check(const uint8_t *data, size_t len, char *err, size_t errlen);

#endif
