/* hp-id-number.h: Swedish personnummer and samordningsnummer */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HP_ID_NUMBER_PERSONNUMMER,
  HP_ID_NUMBER_SAMORDNINGSNUMMER,
} HpIdNumberKind;

gboolean hp_id_number_validate (const char      *text,
                                HpIdNumberKind  *kind,
                                GError         **error);

G_END_DECLS
