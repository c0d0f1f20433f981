--[[
bibkit reading list: a Pandoc Lua filter (Pandoc 2.17 and 3.x).

    pandoc essay.md --citeproc --bibliography library.bib --lua-filter "$(bibkit pandoc-filter)" -o essay.html

Where the document has a `::: {#bibkit-reading-list}` div, the bibliography citeproc made is
regrouped there into one section per theme (the first `keywords`/`keyword` of each entry,
"Other" when it has none), each entry followed by its annotation (biblatex `annotation`,
CSL `note`/`annote`); the commentaries bibkit's CSL-JSON lists (`commentary-...`) are left out. Put `--citeproc` BEFORE this filter: Pandoc runs them in command-line
order, and the entries are the ones citeproc formatted (cite them, or `nocite: '@*'` for all).

Metadata it reads (all optional):
  bibkit-theme-labels:  {security: "Security and defence", ...}   section titles per theme
  bibkit-keep-refs:     true   keep citeproc's own #refs list as well (default: moved here)
The div's `level` attribute sets the heading level of the sections (default 2).

Why Lua and pandoc.utils.references: Lua filters survive pandoc-types changes that break
JSON filters, and pandoc.utils.references reads the bibliography the same way in 2.17 and 3.x.
--]]

local LIST_ID = "bibkit-reading-list"
local OTHER = "Other"

local function warn(message)
  io.stderr:write("[bibkit reading list] " .. message .. "\n")
end

--- plain text -> Inlines (words and spaces), so nothing in an annotation is read as Markdown
local function plain_inlines(text)
  local out = pandoc.List()
  for space, word in text:gmatch("(%s*)(%S+)") do
    if #space > 0 and #out > 0 then out:insert(pandoc.Space()) end
    out:insert(pandoc.Str(word))
  end
  return out
end

--- an annotation (string in CSL-JSON, Inlines from .bib) -> one Inlines per line
local function annotation_lines(value)
  local lines = pandoc.List()
  if value == nil then return lines end
  if type(value) == "string" then
    for line in (value .. "\n"):gmatch("(.-)\r?\n") do
      if line:match("%S") then lines:insert(plain_inlines(line)) end
    end
    return lines
  end
  local current = pandoc.List()
  for _, inline in ipairs(value) do
    if inline.t == "SoftBreak" or inline.t == "LineBreak" then
      if #current > 0 then lines:insert(current) end
      current = pandoc.List()
    else
      current:insert(inline)
    end
  end
  if #current > 0 then lines:insert(current) end
  return lines
end

local function first_keyword(ref)
  local value = ref.keyword or ref.keywords
  if value == nil then return nil end
  local text = type(value) == "string" and value or pandoc.utils.stringify(value)
  local first = text:match("^%s*([^,;]-)%s*[,;]") or text:match("^%s*(.-)%s*$")
  if first == nil or first == "" then return nil end
  return first
end

local function slug(text)
  return (text:lower():gsub("[^%w]+", "-"):gsub("^%-+", ""):gsub("%-+$", ""))
end

local function theme_label(theme, labels)
  if labels[theme] then return labels[theme] end
  return theme:sub(1, 1):upper() .. theme:sub(2)
end

local function meta_labels(meta)
  local labels = {}
  local value = meta["bibkit-theme-labels"]
  if type(value) == "table" then
    for key, label in pairs(value) do
      if type(key) == "string" then labels[key] = pandoc.utils.stringify(label) end
    end
  end
  return labels
end

--- the Div citeproc filled (#refs), searched through nested Divs
local function find_refs(blocks)
  for _, block in ipairs(blocks) do
    if block.t == "Div" then
      if block.identifier == "refs" then return block end
      local inner = find_refs(block.content)
      if inner then return inner end
    end
  end
  return nil
end

local function without_refs(blocks)
  local out = pandoc.List()
  for _, block in ipairs(blocks) do
    if block.t == "Div" and block.identifier == "refs" then
      -- dropped: its entries now live in the reading list
    elseif block.t == "Div" then
      block.content = without_refs(block.content)
      out:insert(block)
    else
      out:insert(block)
    end
  end
  return out
end

--- ref-KEY -> the entry Div citeproc made
local function entry_divs(refs_div)
  local entries = {}
  for _, block in ipairs(refs_div.content) do
    if block.t == "Div" and block.identifier:match("^ref%-") then
      entries[block.identifier:sub(5)] = block
    end
  end
  return entries
end

local function annotated_entry(entry, ref, keep_refs)  -- keep_refs: the copy drops its id (the original keeps it)
  local content = pandoc.List(entry.content)
  local lines = annotation_lines(ref.annote or ref.note or ref.annotation)
  if #lines > 0 then
    local paras = pandoc.List()
    for _, line in ipairs(lines) do paras:insert(pandoc.Para(line)) end
    content:insert(pandoc.Div(paras, pandoc.Attr("", {"annotation"})))
  end
  local id = keep_refs and "" or entry.identifier
  return pandoc.Div(content, pandoc.Attr(id, entry.classes, entry.attributes))
end

--- the themed sections: headings in order of first appearance, "Other" last
local function sections(refs, entries, labels, level, keep_refs)
  local order, groups = pandoc.List(), {}
  for _, ref in ipairs(refs) do
    local entry = entries[ref.id]
    -- bibkit's CSL-JSON also lists the commentaries themselves (id commentary-...): not reading
    if entry and not tostring(ref.id):match("^commentary%-") then
      local theme = first_keyword(ref) or OTHER
      if not groups[theme] then
        groups[theme] = pandoc.List()
        if theme ~= OTHER then order:insert(theme) end
      end
      groups[theme]:insert(annotated_entry(entry, ref, keep_refs))
    end
  end
  if groups[OTHER] then order:insert(OTHER) end
  local blocks = pandoc.List()
  for _, theme in ipairs(order) do
    local label = theme == OTHER and OTHER or theme_label(theme, labels)
    blocks:insert(pandoc.Header(level, plain_inlines(label), pandoc.Attr("theme-" .. slug(theme), {"bibkit-theme"})))
    blocks:insert(pandoc.Div(groups[theme], pandoc.Attr("", {"references", "csl-bib-body"})))
  end
  return blocks
end

--- index of the reading-list Div among the top-level blocks
local function find_list(blocks)
  for i, block in ipairs(blocks) do
    if block.t == "Div" and block.identifier == LIST_ID then return i end
  end
  return nil
end

function Pandoc(doc)
  local index = find_list(doc.blocks)
  if not index then return nil end
  local refs_div = find_refs(doc.blocks)
  if not refs_div then
    warn("no bibliography to regroup: give --citeproc before this filter, and a bibliography; " ..
         "cite the works or add nocite: '@*'")
    return nil
  end
  local entries = entry_divs(refs_div)
  local keep = doc.meta["bibkit-keep-refs"]
  local keep_refs = keep == true or (type(keep) == "table" and pandoc.utils.stringify(keep) == "true")
  local list = doc.blocks[index]
  local level = tonumber(list.attributes.level or "") or 2
  local body = sections(pandoc.utils.references(doc), entries, meta_labels(doc.meta), level, keep_refs)
  list.content = pandoc.List(list.content) .. body
  doc.blocks[index] = list
  if not keep_refs then doc.blocks = without_refs(doc.blocks) end
  return doc
end
