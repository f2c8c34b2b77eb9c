/* hp-consents-page.h: the page of the consents given or refused */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_CONSENTS_PAGE (hp_consents_page_get_type ())
G_DECLARE_FINAL_TYPE (HpConsentsPage, hp_consents_page, HP, CONSENTS_PAGE, HpPage)

G_END_DECLS
