// Starts `maillage lsp` for .coop files: the product path and the language come from the settings.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const settings = vscode.workspace.getConfiguration('maillage');
    const command = settings.get<string>('productPath', 'maillage');
    const language = settings.get<string>('language', 'auto');
    const args = language === 'auto' ? ['lsp'] : ['lsp', '--lang', language];
    const server: ServerOptions = { command, args };
    const options: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'coop' }],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.coop') }
    };
    client = new LanguageClient('maillage', 'Maillage', server, options);
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('maillage')) {
            void vscode.commands.executeCommand('workbench.action.restartExtensionHost');
        }
    }));
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
