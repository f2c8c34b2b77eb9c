/* hp-secrets.h: what a text would reveal about the client, and the text
 * with it left out
 *
 * The one place that decides whether a text shows the client's name,
 * identity number, phone, safe way of contact, whereabouts or (for a reader
 * who does not go there) the home's address.  The handover sheets and the
 * full plan print every text through hp_secrets_apply(); the checks ask
 * hp_secrets_rewrite() of the same texts, so a finding stands beside every
 * text a document prints changed, and only there.
 */
#pragma once

#include <glib.h>

#include "hp-plan.h"

G_BEGIN_DECLS

/* What a text reveals; a bitmask. */
typedef enum
{
  HP_SECRET_NONE         = 0,
  HP_SECRET_NAME         = 1 << 0,  /* the client's name, whole or the given name alone */
  HP_SECRET_ID_NUMBER    = 1 << 1,  /* the client's or a child's personnummer */
  HP_SECRET_PHONE        = 1 << 2,  /* the client's phone */
  HP_SECRET_SAFE_CONTACT = 1 << 3,  /* the safe way of contact, or a part of it */
  HP_SECRET_WHEREABOUTS  = 1 << 4,  /* where the client is staying now, or a part of it */
  HP_SECRET_HOME         = 1 << 5,  /* the home's address, or a part of it */
  HP_SECRET_CHILD_NAME   = 1 << 6,  /* a child's name the caseworker keeps off sheets */
} HpSecretKind;

#define HP_SECRET_N_KINDS 7

/* Which secrets count for the reader of a document.  Whereabouts, phone
 * and safe contact always do. */
typedef enum
{
  HP_SECRETS_WHEREABOUTS_ONLY = 0,       /* the full plan under protected personal data */
  HP_SECRETS_IDENTITY         = 1 << 0,  /* the names and identity numbers too: third parties */
  HP_SECRETS_HOME             = 1 << 1,  /* the home's address too: whoever does not go there */
} HpSecretsFlags;

typedef struct _HpSecrets HpSecrets;

HpSecrets    *hp_secrets_new              (HpPlan         *plan,
                                           HpSecretsFlags  flags);
void          hp_secrets_free             (HpSecrets      *secrets);

HpSecretKind  hp_secrets_find             (HpSecrets      *secrets,
                                           const char     *text);
char         *hp_secrets_dup_key          (HpSecrets      *secrets);
char         *hp_secrets_rewrite          (HpSecrets      *secrets,
                                           const char     *text,
                                           HpSecretKind   *found);
const char   *hp_secrets_apply            (HpSecrets      *secrets,
                                           const char     *text);
guint         hp_secrets_get_n_replaced   (HpSecrets      *secrets,
                                           HpSecretKind    kind);

const char   *hp_secret_kind_get_label    (HpSecretKind    kind);
char         *hp_secret_kinds_describe    (HpSecretKind    kinds);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpSecrets, hp_secrets_free)

G_END_DECLS
