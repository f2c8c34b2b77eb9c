/* hp-record.h: a GObject whose properties are described by a field table
 *
 * Every part of a plan (the case, an item, a consent ...) is an HpRecord
 * subclass.  The subclass declares its fields once, in a static table; from
 * that table HpRecord installs the GObject properties, stores the values,
 * compares two records, and raises one "changed" signal on the plan for any
 * edit anywhere below it.  The file format and the documents read the same
 * table, so a field added to a class is saved, loaded and compared without
 * more code.
 *
 * Fields are public in the instance structs for reading.  Write through
 * properties (g_object_set) or the hp_record_set_* helpers so that the change
 * is notified.
 *
 * Beside "changed", which says only that something changed, "edit" says
 * what: the field with its value before and after, or the place in a list
 * with the records that went and how many came (an HpEdit, raised on the
 * record and each record above it, before "changed").  An undo history
 * (hp-history.h) listens to it on the plan.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  HP_FIELD_STRING,     /* one line of text, char *, never NULL */
  HP_FIELD_TEXT,       /* several lines, char *, never NULL */
  HP_FIELD_DATE,       /* "YYYY-MM-DD" or "", char * */
  HP_FIELD_TIME,       /* "HH:MM" or "", char * */
  HP_FIELD_ID_NUMBER,  /* personnummer / samordningsnummer or "", char * */
  HP_FIELD_BOOLEAN,    /* gboolean */
  HP_FIELD_INT,        /* int, from min to max */
  HP_FIELD_ENUM,       /* int, a value of a registered GEnum */
  HP_FIELD_RECORD,     /* HpRecord *, always present, owned */
  HP_FIELD_LIST,       /* GListStore * of HpRecord, always present, owned */
} HpFieldKind;

typedef enum
{
  HP_FIELD_FLAG_NONE       = 0,
  /* The member must be present in a file. */
  HP_FIELD_FLAG_REQUIRED   = 1 << 0,
  /* The value must not be empty (strings). */
  HP_FIELD_FLAG_NOT_EMPTY  = 1 << 1,
  /* The client's whereabouts or contact details: never on a third-party
   * document, and hidden when the plan records protected personal data. */
  HP_FIELD_FLAG_WHEREABOUTS = 1 << 2,
} HpFieldFlags;

typedef struct
{
  const char   *name;      /* member in the file, snake_case; the property is the same */
  HpFieldKind   kind;
  gsize         offset;    /* of the value in the instance struct */
  GType       (*get_type) (void);  /* the enum type or the record type */
  const char   *label;     /* N_() label for forms and documents */
  HpFieldFlags  flags;
  int           min;       /* HP_FIELD_INT only */
  int           max;
} HpField;

/* A rule between two fields of one record: each value is valid on its own,
 * but together they are not.  A class lists its rules in a static table
 * beside its fields (hp_record_class_install_rules(), hp-record-rules.h). */
typedef enum
{
  /* @field, a date or a time, must not be before @other */
  HP_RECORD_RULE_NOT_BEFORE,
} HpRecordRuleKind;

typedef struct
{
  HpRecordRuleKind  kind;
  const char       *field;    /* the field the message is about */
  const char       *other;
  const char       *message;  /* N_(), shown at @field when the rule is broken */
} HpRecordRule;

#define HP_TYPE_RECORD (hp_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (HpRecord, hp_record, HP, RECORD, GObject)

struct _HpRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const HpField *fields;
  guint          n_fields;
  GParamSpec   **pspecs;
  const HpRecordRule *rules;
  guint          n_rules;
};

/* One edit, as HpRecord::edit tells it: enough to undo it and do it again.
 * Everything in it belongs to the emitter and lasts only while the signal
 * runs; keep a reference to what you keep. */
typedef enum
{
  /* @field of @record, a string, boolean, int or enum, went from the old
   * value to the new (old_string/new_string for string fields, old_int/
   * new_int otherwise) */
  HP_EDIT_FIELD,
  /* The list in @field of @record: at @position, @removed (n_removed
   * records) went and n_added records came (they are in the list now) */
  HP_EDIT_LIST,
  /* The edits from here to the matching HP_EDIT_GROUP_END are one change
   * for the user (hp_record_begin_group()); groups nest */
  HP_EDIT_GROUP_BEGIN,
  HP_EDIT_GROUP_END,
} HpEditKind;

typedef struct
{
  HpEditKind      kind;
  HpRecord       *record;
  const HpField  *field;
  const char     *old_string;
  const char     *new_string;
  int             old_int;
  int             new_int;
  guint           position;
  HpRecord      **removed;
  guint           n_removed;
  guint           n_added;
} HpEdit;

void            hp_record_class_install_fields (HpRecordClass  *klass,
                                                const HpField  *fields,
                                                guint           n_fields);
const HpField  *hp_record_class_get_fields     (HpRecordClass  *klass,
                                                guint          *n_fields);
const HpField  *hp_record_class_find_field     (HpRecordClass  *klass,
                                                const char     *name);
const HpField  *hp_record_get_fields           (HpRecord       *self,
                                                guint          *n_fields);
const HpField  *hp_record_find_field           (HpRecord       *self,
                                                const char     *name);

const char     *hp_record_get_string           (HpRecord       *self,
                                                const HpField  *field);
void            hp_record_set_string           (HpRecord       *self,
                                                const HpField  *field,
                                                const char     *value);
int             hp_record_get_int              (HpRecord       *self,
                                                const HpField  *field);
void            hp_record_set_int              (HpRecord       *self,
                                                const HpField  *field,
                                                int             value);
HpRecord       *hp_record_get_record           (HpRecord       *self,
                                                const HpField  *field);
GListStore     *hp_record_get_list             (HpRecord       *self,
                                                const HpField  *field);

HpRecord       *hp_record_get_parent           (HpRecord       *self);
void            hp_record_begin_group          (HpRecord       *self);
void            hp_record_end_group            (HpRecord       *self);
gboolean        hp_record_equal                (HpRecord       *a,
                                                HpRecord       *b);
char           *hp_record_describe_difference  (HpRecord       *a,
                                                HpRecord       *b);
HpRecord       *hp_record_copy                 (HpRecord       *self);
void            hp_record_assign_values        (HpRecord       *dest,
                                                HpRecord       *src);

/* Members of a newer minor version of the file that this version does not
 * know: kept as JSON text and written back unchanged. */
void            hp_record_add_extra            (HpRecord       *self,
                                                const char     *name,
                                                const char     *json_text);
guint           hp_record_get_n_extras         (HpRecord       *self);
void            hp_record_get_extra            (HpRecord       *self,
                                                guint           index,
                                                const char    **name,
                                                const char    **json_text);

/* For loaders filling a record that nobody observes yet: set a value
 * without notification.  Everyone else uses the setters above. */
void            hp_record_init_string          (HpRecord       *self,
                                                const HpField  *field,
                                                char           *value);
void            hp_record_init_int             (HpRecord       *self,
                                                const HpField  *field,
                                                int             value);

gboolean        hp_field_is_string             (const HpField  *field);
char           *hp_field_property_name         (const HpField  *field);

G_END_DECLS
