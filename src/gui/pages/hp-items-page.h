/* hp-items-page.h: the page of the belongings to fetch */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_ITEMS_PAGE (hp_items_page_get_type ())
G_DECLARE_FINAL_TYPE (HpItemsPage, hp_items_page, HP, ITEMS_PAGE, HpPage)

G_END_DECLS
