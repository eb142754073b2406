-- Neovim's built-in LSP client against `maillage lsp`, as a user of Neovim has it (neovim-test.sh).
-- Runs in `nvim --headless`; works from Neovim 0.7 (Debian 12) on. Writes what it observes, one
-- "key<TAB>value" line each, to $NVIM_RESULT; neovim-test.sh checks them.
local result = assert(io.open(os.getenv("NVIM_RESULT"), "w"))
local function note(key, value)
  result:write(key, "\t", (tostring(value):gsub("[\r\n]+", " ")), "\n")
  result:flush()
end

local function position_of(buf, needle, occurrence)
  local seen = 0
  for row, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local from = 1
    while true do
      local col = line:find(needle, from, true)
      if not col then break end
      seen = seen + 1
      if seen == (occurrence or 1) then return { line = row - 1, character = col - 1 } end
      from = col + 1
    end
  end
  error("not in the buffer: " .. needle)
end

-- The LSP form of a Neovim diagnostic (Neovim keeps the range as lnum/col and part of the rest in
-- user_data.lsp, differently across versions).
local function as_lsp(d)
  local extra = (d.user_data and d.user_data.lsp) or {}
  return {
    range = { start = { line = d.lnum, character = d.col },
              ["end"] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col } },
    severity = d.severity, message = d.message, source = d.source or extra.source,
    code = d.code or extra.code, data = extra.data,
  }
end

local function text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
end

local function session()
  local folder = os.getenv("COOP_FOLDER")
  vim.cmd("edit " .. vim.fn.fnameescape(folder .. "/plan-lamastre.coop"))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = "maillage", cmd = { os.getenv("MAILLAGE"), "lsp" }, root_dir = folder })
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  local encoding = client.offset_encoding or "utf-16"
  local uri = vim.uri_from_bufnr(buf)

  -- Diagnostics of the misspelt actor, with the rule's code and the server's name.
  vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 200)
  local unresolved
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = as_lsp(d)
    note("diagnostic", tostring(lsp.code) .. " " .. tostring(lsp.source) .. " " .. d.message)
    if lsp.code == "LINK-UNRESOLVED" then unresolved = lsp end
  end
  assert(unresolved, "no LINK-UNRESOLVED diagnostic")

  -- Hover on an actor's reference.
  local hover = client.request_sync("textDocument/hover",
    { textDocument = { uri = uri }, position = position_of(buf, "CCPL") }, 30000, buf)
  local contents = hover and hover.result and hover.result.contents
  note("hover", contents and (contents.value or vim.inspect(contents)) or vim.inspect(hover))

  -- The quick fix of the misspelt name, applied as Neovim applies a code action's edit.
  local actions = client.request_sync("textDocument/codeAction", {
    textDocument = { uri = uri }, range = unresolved.range,
    context = { diagnostics = { unresolved } } }, 30000, buf)
  for _, action in ipairs((actions and actions.result) or {}) do
    note("action", action.title)
  end
  local first = actions and actions.result and actions.result[1]
  assert(first and first.edit, "no code action with an edit")
  vim.lsp.util.apply_workspace_edit(first.edit, encoding)
  note("after-action", vim.api.nvim_buf_get_lines(buf, unresolved.range.start.line,
    unresolved.range.start.line + 1, false)[1])
  vim.wait(60000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if as_lsp(d).code == "LINK-UNRESOLVED" then return false end
    end
    return true
  end, 200)
  local left = 0
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if as_lsp(d).code == "LINK-UNRESOLVED" then left = left + 1 end
  end
  note("unresolved-left", left)

  -- Rename: refused onto an existing name, done across the buffer otherwise.
  local at = position_of(buf, "action Velo ")
  at.character = at.character + #"action "
  local refused = client.request_sync("textDocument/rename",
    { textDocument = { uri = uri }, position = at, newName = "PNR" }, 30000, buf)
  note("rename-refused", refused and refused.err and refused.err.message or "accepted")
  local renamed = client.request_sync("textDocument/rename",
    { textDocument = { uri = uri }, position = at, newName = "VeloDoux" }, 30000, buf)
  assert(renamed and renamed.result, "rename gave no edit: " .. vim.inspect(renamed))
  vim.lsp.util.apply_workspace_edit(renamed.result, encoding)
  note("renamed", text(buf):find("action VeloDoux ", 1, true) ~= nil)

  client.stop()
  vim.wait(10000, function() return client.is_stopped() end, 100)
end

local ok, failure = pcall(session)
note("done", ok and "ok" or failure)
result:close()
vim.cmd("qa!")
