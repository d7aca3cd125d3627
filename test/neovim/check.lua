-- Drives the Impact Lint language server from headless Neovim (0.7+), a second,
-- independent LSP client next to VS Code:
--
--   nvim --headless --clean -c 'luafile test/neovim/check.lua' path/to/resume.md
--
-- Starts `node dist/cli.js --stdio`, attaches it to the current buffer, waits for
-- diagnostics and prints them, then asks for the code actions of the first
-- weak-opening diagnostic. Output on stdout, one record a line, tab-separated:
--
--   published <count of publishDiagnostics for the buffer so far>
--   diagnostic <line> <col> <code> <message>   (1-based line and column, as editors show them)
--   action <title>[ (preferred)]
--   ok
--
-- Exits 0 on success, `cquit 1` with a `FAIL <reason>` line on failure.
-- Environment:
--   IMPACT_LINT_SERVER  the server script (default: dist/cli.js of this checkout)
--   IMPACT_LINT_EXPECT  `findings` (default): wait for diagnostics, fail without a
--                       weak-opening one; `none`: wait for the first publish and
--                       require it to be empty (README, file over maxFileSize).

local TIMEOUT_MS = 10000

local function out(...)
  io.stdout:write(table.concat({ ... }, '\t') .. '\n')
  io.stdout:flush()
end

local client_id

local function finish(code)
  if client_id then
    pcall(vim.lsp.stop_client, client_id)
    -- Let the server see shutdown/exit before Neovim goes away.
    vim.wait(2000, function()
      return vim.lsp.get_client_by_id(client_id) == nil
    end, 20)
  end
  if code == 0 then
    vim.cmd('qall!')
  else
    vim.cmd('cquit ' .. code)
  end
end

local function fail(message)
  out('FAIL', (tostring(message):gsub('\n', ' | ')))
  finish(1)
end

-- The repository root: this file is test/neovim/check.lua.
local script = debug.getinfo(1, 'S').source:gsub('^@', '')
local root = vim.fn.fnamemodify(script, ':p:h:h:h')

local function main()
  local server = os.getenv('IMPACT_LINT_SERVER') or (root .. '/dist/cli.js')
  if vim.fn.filereadable(server) ~= 1 then
    return fail('no server at ' .. server .. ': run `npm run build` first')
  end
  local buf = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(buf)
  if file == '' or vim.fn.filereadable(file) ~= 1 then
    return fail('open a Markdown file: nvim --headless --clean -c "luafile check.lua" resume.md')
  end

  local expect = os.getenv('IMPACT_LINT_EXPECT') or 'findings'
  local uri = vim.uri_from_bufnr(buf)
  local published = 0
  local exited
  client_id = vim.lsp.start_client({
    name = 'impact-lint',
    cmd = { 'node', server, '--stdio' },
    -- As the README's configuration starts it.
    cmd_env = { MALLOC_MMAP_THRESHOLD_ = '131072' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    -- Answered to the server's workspace/configuration requests (section impactLint).
    settings = { impactLint = { debounceMs = 0 } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri then
          published = published + 1
        end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      exited = string.format('code %s, signal %s', tostring(code), tostring(signal))
    end,
  })
  if not client_id then
    return fail('vim.lsp.start_client returned nil')
  end
  if not vim.lsp.buf_attach_client(buf, client_id) then
    return fail('vim.lsp.buf_attach_client failed')
  end

  local ready = vim.wait(TIMEOUT_MS, function()
    return exited ~= nil or (expect == 'none' and published > 0) or #vim.diagnostic.get(buf) > 0
  end, 20)
  if exited then
    return fail('the server exited (' .. exited .. ') before publishing diagnostics; see :lua print(vim.lsp.get_log_path())')
  end
  if not ready then
    return fail('no diagnostics within ' .. TIMEOUT_MS .. ' ms (' .. published .. ' publishDiagnostics for the buffer)')
  end
  out('published', published)

  local diagnostics = vim.diagnostic.get(buf)
  table.sort(diagnostics, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    if a.col ~= b.col then
      return a.col < b.col
    end
    return tostring(a.code) < tostring(b.code)
  end)
  local first_weak
  for _, d in ipairs(diagnostics) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    local code = d.code or lsp.code
    out('diagnostic', d.lnum + 1, d.col + 1, tostring(code), (d.message:gsub('[\t\n]', ' ')))
    if code == 'weak-opening' and not first_weak then
      first_weak = d
    end
  end
  if expect == 'none' then
    if #diagnostics > 0 then
      return fail('expected no diagnostics, got ' .. #diagnostics)
    end
    -- A round trip: the server is alive and Neovim is not stuck in a prompt.
    local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
      textDocument = { uri = uri },
      position = { line = 0, character = 0 },
    }, TIMEOUT_MS)
    if not hover or not hover[client_id] then
      return fail('no answer to textDocument/hover')
    end
    out('ok')
    return finish(0)
  end
  if not first_weak then
    return fail('no weak-opening diagnostic')
  end

  -- Back to an LSP diagnostic, with the `data` the server needs to find its finding.
  local lsp = (first_weak.user_data and first_weak.user_data.lsp) or {}
  local diagnostic = {
    range = lsp.range or {
      start = { line = first_weak.lnum, character = first_weak.col },
      ['end'] = { line = first_weak.end_lnum, character = first_weak.end_col },
    },
    severity = first_weak.severity,
    message = first_weak.message,
    source = first_weak.source,
    code = first_weak.code or lsp.code,
    codeDescription = lsp.codeDescription,
    data = lsp.data,
  }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = diagnostic.range,
    context = { diagnostics = { diagnostic } },
  }
  local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, TIMEOUT_MS)
  if not responses then
    return fail('textDocument/codeAction: ' .. tostring(err))
  end
  local response = responses[client_id]
  if not response then
    return fail('textDocument/codeAction: no response from the server')
  end
  if response.err or response.error then
    return fail('textDocument/codeAction: ' .. vim.inspect(response.err or response.error))
  end
  local actions = response.result or {}
  if #actions == 0 then
    return fail('textDocument/codeAction returned no actions for ' .. vim.inspect(diagnostic))
  end
  for _, action in ipairs(actions) do
    out('action', action.title .. (action.isPreferred and ' (preferred)' or ''))
  end
  out('ok')
  finish(0)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  fail(err)
end
