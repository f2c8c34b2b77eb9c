/* hp-support-page.h: the page of the way of support and how it is carried out */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_SUPPORT_PAGE (hp_support_page_get_type ())
G_DECLARE_FINAL_TYPE (HpSupportPage, hp_support_page, HP, SUPPORT_PAGE, HpPage)

G_END_DECLS
